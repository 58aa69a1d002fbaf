package io.tribune.publishing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.tribune.TribuneTest;
import io.tribune.support.Axe;
import io.tribune.support.Chromium;
import io.tribune.support.TopBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public pages as readers with a screen reader, a keyboard, a finger or a small phone meet them. */
@TribuneTest
class PublicPagesBrowserTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({"en, en-GB", "ar, ar-EG"})
    void frontPageArticleAndListsPassAxe(String edition, String locale) {
        Page page = chromium.newPage(locale);
        page.navigate(base() + "/" + edition + "/");
        Axe.assertNoViolations(page);
        String section = page.locator(".front__top .card__section").getAttribute("href");

        page.locator(".front__top .card__title a").click();
        assertThat(page.locator("h1.article__title")).isVisible();
        Axe.assertNoViolations(page);

        page.navigate(base() + section);
        Axe.assertNoViolations(page);
        page.navigate(base() + "/" + edition + "/news");
        Axe.assertNoViolations(page);
    }

    @Test
    void navigationMarksTheSectionOfTheSectionPageAndOfTheArticle() {
        Page page = chromium.newPage("en-GB");
        page.navigate(base() + "/en/europe/");
        Locator current = page.locator(".sections a[aria-current]");
        assertThat(current).hasText("Europe");
        assertThat(current).hasAttribute("aria-current", "page");
        Locator other = page.locator(".sections a", new Page.LocatorOptions().setHasText("World"));
        assertThat(underline(current)).isNotEqualTo(underline(other));

        page.navigate(base() + "/en/europe/port-workers-extend-strike");
        assertThat(current).hasText("Europe");
        assertThat(current).hasAttribute("aria-current", "true");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.screenshot("navigation-current-section"))
                .setClip(0, 0, 1280, 160));

        page.navigate(base() + "/en/news");
        assertThat(current).hasText("All news");
    }

    @Test
    void sectionLabelsOnCardsAreTargetsOfAtLeast24Pixels() {
        Page page = chromium.newPage("en-GB");
        page.navigate(base() + "/en/");
        Locator labels = page.locator(".card__section");
        assertThat(labels.count()).isGreaterThan(4);
        for (Locator label : labels.all()) {
            BoundingBox box = label.boundingBox();
            assertThat(box.width).as(label.textContent()).isGreaterThanOrEqualTo(24);
            assertThat(box.height).as(label.textContent()).isGreaterThanOrEqualTo(24);
        }
    }

    @ParameterizedTest
    @CsvSource({"en, en-GB", "ru, ru-RU", "es, es-ES", "ar, ar-EG"})
    void topBarStaysOnOneLineOnA390PixelPhone(String edition, String locale) {
        Page page = chromium.newPage(locale);
        page.setViewportSize(390, 844);
        page.navigate(base() + "/" + edition + "/");
        TopBar.assertOnOneLine(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.screenshot("topbar-390-" + edition))
                .setClip(0, 0, 390, 200));
    }

    private static String underline(Locator link) {
        return (String) link.evaluate("a => getComputedStyle(a).borderBlockEndColor");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
