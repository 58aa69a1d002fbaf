package io.tribune.publishing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.tribune.TribuneTest;
import io.tribune.support.Chromium;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader's journeys through the public site in a real browser. */
@TribuneTest
class ReadingBrowserTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Test
    void readerGoesFromFrontPageToArticleFollowsReadMoreAndUsesTheShortUrl() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(base() + "/");
            assertThat(page).hasURL(base() + "/en/");
            page.locator(".front__top .card__title a").click();
            assertThat(page.locator("h1.article__title")).isVisible();
            assertThat(page.locator(".article__dateline time")).containsText("GMT");
            assertThat(page.locator(".article__figure img")).isVisible();

            String readMoreTitle =
                    page.locator(".readmore a").first().textContent().strip();
            page.locator(".readmore a").first().click();
            assertThat(page.locator("h1.article__title")).hasText(readMoreTitle);
            String articleUrl = page.url();

            String shortUrl = page.locator("#short-url").inputValue();
            page.locator("[data-copy]").click();
            assertThat(page.locator("[data-copy]")).hasText("Copied");
            page.navigate(base() + URI.create(shortUrl).getPath());
            assertThat(page).hasURL(articleUrl);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("article-en"))
                    .setFullPage(true));
        }
        assertThat(Chromium.screenshot("article-en")).exists();
    }

    @Test
    void anArticleCountsItsViewAtTheAddressThePageNames() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(base() + "/en/");
            String article = page.locator(".front__top .card__title a").getAttribute("href");

            Response counted = page.waitForResponse(
                    response -> response.url().contains("/api/views/"), () -> page.navigate(base() + article));

            String id = page.locator("[data-article]").getAttribute("data-article");
            assertThat(URI.create(counted.url()).getPath()).isEqualTo("/api/views/" + id + ".gif");
            assertThat(counted.status()).isEqualTo(200);
        }
    }

    @Test
    void readerCopiesTheArticleLinkFromTheShareLinksOnlyWhenScriptsCanDoIt() {
        String path = "/en/europe/port-workers-extend-strike";
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(base() + path);
            Locator share =
                    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Share this article"));
            assertThat(share.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Facebook")))
                    .hasAttribute(
                            "href", Pattern.compile("^https://www\\.facebook\\.com/sharer/sharer\\.php\\?u=http.*"));
            Locator copy = share.locator("[data-copy-text]");
            assertThat(copy).hasAccessibleName("Copy link");
            copy.click();
            assertThat(copy).hasText("Copied");
            assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo("http://localhost:" + port + path);
        }
        try (BrowserContext context = chromium.newContext("en-GB", false)) {
            Page page = context.newPage();
            page.navigate(base() + path);
            assertThat(page.locator(".share [data-copy-text]")).isHidden();
            assertThat(page.locator(".share a")).hasCount(6);
        }
    }

    @ParameterizedTest
    @CsvSource({"ru, ru-RU, ltr", "es, es-ES, ltr", "ar, ar-EG, rtl"})
    void everyEditionReadsInItsLanguageAndDirection(String edition, String locale, String direction) {
        try (BrowserContext context = chromium.newContext(locale)) {
            Page page = context.newPage();
            page.navigate(base() + "/");
            assertThat(page).hasURL(base() + "/" + edition + "/");
            assertThat(page.locator("html")).hasAttribute("dir", direction);
            page.locator(".ticker a").first().click();
            assertThat(page.locator("html")).hasAttribute("lang", edition);
            assertThat(page.locator("h1.article__title")).isVisible();
            page.locator(".tags a").first().click();
            assertThat(page.locator(".list .card").first()).isVisible();
            page.goBack();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("article-" + edition))
                    .setFullPage(true));
        }
    }

    @Test
    void editionSwitcherOnAnArticleGoesToItsTranslationOrElseToTheOtherFrontPage() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(base() + "/en/europe/port-workers-extend-strike");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Русский"))
                    .click();
            assertThat(page).hasURL(base() + "/ru/europe/dokery-rotterdama-prodlili-zabastovku");
            assertThat(page.locator(".editions a[aria-current]")).containsText("Русский");

            page.navigate(base() + "/en/politics/eu-agrees-right-to-repair-rules");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español"))
                    .click();
            assertThat(page).hasURL(base() + "/es/");
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
