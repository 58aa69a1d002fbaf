package io.tribune.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * What pages opened in the browser say on their console. What the content security policy blocks is
 * reported there too, with where it came from, so a test can check that a journey ran within it.
 */
public final class PageConsole {

    private final List<String> lines = new ArrayList<>();

    /** A new page in the context whose console is listened to. */
    public Page open(BrowserContext context) {
        Page page = context.newPage();
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.log('CSP violation: '"
                + " + e.violatedDirective + ' ' + e.sourceFile + ':' + e.lineNumber + ' '"
                + " + (e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 200) : '')))");
        page.onConsoleMessage(message -> lines.add(message.type() + ": " + message.text()));
        page.onPageError(error -> lines.add("error: " + error));
        return page;
    }

    public void clear() {
        lines.clear();
    }

    /** Prints what was said, to read beside a failing test. */
    public void report() {
        if (!lines.isEmpty()) {
            System.out.println("browser console:\n  " + String.join("\n  ", lines));
        }
    }

    /** The pages, and any widget and worker they started, all ran within the content security policy. */
    public void assertNothingBlockedByThePolicy() {
        assertThat(lines)
                .as("content security policy violations")
                .noneMatch(line -> line.contains("CSP violation") || line.contains("Content Security Policy"));
    }
}
