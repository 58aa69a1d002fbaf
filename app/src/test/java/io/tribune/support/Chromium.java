package io.tribune.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright for one test class, registered as a static extension field:
 * started before the first test without any browser download and with background networking off
 * (this machine has no internet), closed after the last, the class skipped where Chromium is missing.
 * Pages it opens with {@link #newPage} are closed after each test.
 */
public final class Chromium implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    public static final Path EXECUTABLE = Path.of(env("TRIBUNE_TEST_CHROMIUM", "/usr/bin/chromium"));

    private final List<BrowserContext> contexts = new ArrayList<>();
    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext extension) {
        assumeTrue(Files.isExecutable(EXECUTABLE), "no Chromium at " + EXECUTABLE + " (CI installs it)");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-quic",
                                "--no-first-run")));
    }

    /** A new page in a browser context of its own, in the reader's language ({@code en-GB}). */
    public Page newPage(String locale) {
        BrowserContext context = newContext(locale);
        contexts.add(context);
        return context.newPage();
    }

    /** A browser context for the test to close, e.g. to open several pages that share cookies. */
    public BrowserContext newContext(String locale) {
        return newContext(locale, true);
    }

    /** A context with JavaScript on or off, for the no-script paths. */
    public BrowserContext newContext(String locale, boolean javaScript) {
        return browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(1280, 900)
                .setPermissions(List.of("clipboard-read", "clipboard-write")));
    }

    /** Where screenshots go: kept by the build under target/. */
    public static Path screenshot(String name) {
        return Path.of("target", "screenshots", name + ".png");
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
        if (playwright != null) {
            playwright.close();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
