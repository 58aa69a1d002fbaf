package io.tribune.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The bar above the masthead: the edition switcher and the reader's account links. */
public final class TopBar {

    private TopBar() {}

    /** Every link and button of the bar sits on one line, and nothing sticks out of it. */
    public static void assertOnOneLine(Page page) {
        Locator items = page.locator(".topbar a, .topbar button");
        assertThat(items.count()).isGreaterThanOrEqualTo(6);
        double firstTop = items.first().boundingBox().y;
        for (Locator item : items.all()) {
            assertThat(item.boundingBox().y).as(item.textContent()).isCloseTo(firstTop, within(1.0));
        }
        assertThat((Boolean) page.evaluate("() => { const bar = document.querySelector('.topbar__inner');"
                        + " return bar.scrollWidth <= bar.clientWidth; }"))
                .as("nothing sticks out of the bar")
                .isTrue();
    }
}
