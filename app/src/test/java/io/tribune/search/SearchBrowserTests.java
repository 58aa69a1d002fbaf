package io.tribune.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.tribune.TribuneTest;
import io.tribune.support.Chromium;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader finds an article with the header's search box and reads on through Recommended. */
@TribuneTest
class SearchBrowserTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readerSearchesFromTheHeaderOpensAFoundArticleAndReadsOnInRecommended(boolean javaScript) {
        try (BrowserContext context = chromium.newContext("ru-RU", javaScript)) {
            Page page = context.newPage();
            page.navigate(base() + "/ru/");
            String title =
                    page.locator(".front__top .card__title a").textContent().strip();
            String word = longestWord(title);

            page.locator("#site-search").fill(word);
            page.locator("#site-search").press("Enter");

            assertThat(page).hasURL(Pattern.compile("/ru/search\\?q="));
            assertThat(page.locator(".result mark").first()).isVisible();
            assertThat(page.locator(".result__title a")
                            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)))
                    .hasCount(1);

            page.locator("#search-section").selectOption("world");
            page.locator(".search-form button").click();
            assertThat(page).hasURL(Pattern.compile("section=world"));
            assertThat(page.locator("#search-section")).hasValue("world");

            page.navigate(base() + "/ru/");
            page.locator(".front__top .card__title a").click();
            assertThat(page.locator("h1.article__title")).hasText(title);
            if (javaScript) {
                assertThat(page.locator(".recommended h2")).hasText("Рекомендуем");
                assertThat(page.locator(".recommended li").first()).isVisible();
            } else {
                page.locator(".recommended a").click();
                assertThat(page).hasURL(Pattern.compile("/ru/recommended\\?article=\\d+"));
                assertThat(page.locator("h2#recommended-heading")).hasText("Рекомендуем");
            }
        }
    }

    /** Type-ahead under the header's box: arrows choose a headline, Enter opens it, Escape closes the list. */
    @org.junit.jupiter.api.Test
    void readerTypesPartOfAHeadlineAndOpensASuggestionWithTheKeyboard() {
        try (BrowserContext context = chromium.newContext("en-GB", true)) {
            Page page = context.newPage();
            page.navigate(base() + "/en/");
            String title =
                    page.locator(".front__top .card__title a").textContent().strip();
            String begun = longestWord(title).substring(0, 4);

            page.locator("#site-search").pressSequentially(begun);

            assertThat(page.locator("#site-search-suggestions")).isVisible();
            assertThat(page.locator("#site-search")).hasAttribute("aria-expanded", "true");
            assertThat(page.locator("#site-search-suggestions [role=option]")
                            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)))
                    .hasCount(1);
            page.locator("#site-search").press("Escape");
            assertThat(page.locator("#site-search-suggestions")).isHidden();

            // Escape in a search field also empties it, as browsers do
            page.locator("#site-search").fill("");
            page.locator("#site-search").pressSequentially(begun);
            assertThat(page.locator("#site-search-suggestions")).isVisible();
            page.locator("#site-search").press("ArrowDown");
            com.microsoft.playwright.Locator chosen = page.locator("#site-search-suggestions [aria-selected=true]");
            assertThat(chosen).hasCount(1);
            String headline = chosen.textContent().strip();
            page.locator("#site-search").press("Enter");

            assertThat(page.locator("h1.article__title")).hasText(headline);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String longestWord(String text) {
        String longest = "";
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }
}
