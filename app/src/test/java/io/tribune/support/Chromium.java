package io.tribune.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link Browser} for one test class, registered as a static extension field: started before the
 * first test, closed after the last, the class skipped where Chromium is missing. Pages it opens
 * are closed after each test.
 */
public final class Chromium implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final List<BrowserContext> contexts = new ArrayList<>();
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext extension) {
        assumeTrue(Browser.isAvailable(), "no Chromium at " + Browser.CHROMIUM + " (CI installs it)");
        browser = new Browser();
    }

    /** A new page in a browser context of its own, in the reader's language ({@code en-GB}). */
    public Page newPage(String locale) {
        BrowserContext context = browser.newContext(locale);
        contexts.add(context);
        return context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
        }
    }
}
