package io.tribune.publishing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tribune.media.TestPictures;
import io.tribune.support.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An editor's journey in a real browser: writes an article with a lead picture and a READ MORE link
 * found by searching, watches the live preview, previews the page, schedules it, then publishes it
 * now; a reader opens it.
 */
class NewsroomBrowserTests extends NewsroomWebTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void anEditorLinksAndUnlinksATranslationInTheFormWithoutLosingWhatTheyTyped() {
        long spanish = published(editor("es"), "es", "Cambian las mareas del estuario");
        long english = published(editor("en"), "en", "Estuary tides shift");
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            staff.logIn(page, staff.withRole("Translating Editor", "EDITOR", "en"));
            page.navigate(base() + "/en/newsroom/articles/" + english);
            page.evaluate("window.notReloaded = true");
            page.locator("#headline").fill("Estuary tides shift, typed and not saved");

            page.locator("#translation-in").selectOption("es");
            page.locator("#translation-q").fill("mareas estuario");
            page.locator("#translation-q").press("Enter");
            assertThat(page.locator("#headline")).hasValue("Estuary tides shift, typed and not saved");
            Locator candidate = page.locator("#translation-found [data-candidate='" + spanish + "'] button");
            candidate.click();

            assertThat(page.locator("#translations [data-translation='" + spanish + "']"))
                    .isVisible();
            assertThat(page.locator("#story")).hasValue(java.util.regex.Pattern.compile("story-.+"));
            assertThat(page.locator("#story").inputValue()).isEqualTo(story(spanish));
            page.locator("#translations [data-translation='" + spanish + "'] button")
                    .click();
            assertThat(page.locator("#translations [data-translation]")).hasCount(0);
            assertThat(page.locator("#headline")).hasValue("Estuary tides shift, typed and not saved");
            assertThat(page.evaluate("window.notReloaded === true")).isEqualTo(true);
        }
        assertThat(story(spanish)).isNull();
        assertThat(jdbc.sql("select title from article where id = :id")
                        .param("id", english)
                        .query(String.class)
                        .single())
                .isEqualTo("Estuary tides shift");
    }

    @Test
    void withoutScriptsEnterInTheTranslationSearchSearchesAndEnterElsewhereSaves() {
        long spanish = published(editor("es"), "es", "Vuelve a crecer la marisma salada");
        java.util.Map<String, String> ours = article("Salt marsh grows back");
        ours.put("section", firstSection("en"));
        long english = create(editor("en"), "en", ours);
        try (BrowserContext context = chromium.newContext("en-GB", false)) {
            Page page = context.newPage();
            staff.logIn(page, staff.withRole("Keyboard Editor", "EDITOR", "en"));
            page.navigate(base() + "/en/newsroom/articles/" + english);
            page.locator("#headline").fill("Salt marsh grows back, typed");
            page.locator("#translation-in").selectOption("es");
            page.locator("#translation-q").fill("marisma salada");

            page.locator("#translation-q").press("Enter");

            assertThat(page.locator("#translation-found [data-candidate='" + spanish + "']"))
                    .isVisible();
            assertThat(page.locator("#headline")).hasValue("Salt marsh grows back, typed");
            assertThat(title(english)).as("searching saved nothing").isEqualTo("Salt marsh grows back");

            page.locator("#translation-q").fill("");
            page.locator("#headline").press("Enter");

            assertThat(page.locator(".newsroom__notice")).hasText("Saved.");
        }
        assertThat(title(english)).isEqualTo("Salt marsh grows back, typed");
    }

    private String title(long id) {
        return jdbc.sql("select title from article where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void anEditorWritesPreviewsSchedulesAndPublishesAndAReaderOpensTheArticle() throws Exception {
        long target = create(editor("en"), "en", article("Lighthouse keepers return to the northern cape"));
        act(editor("en"), "en", target, java.util.Map.of("action", "publish"));
        Path photo = Files.createTempFile("lead", ".jpg");
        Files.write(photo, TestPictures.jpeg(1800, 1200));
        String tomorrow = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(1));
        String articlePath;
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            staff.logIn(page, staff.withRole("Browser Editor", "EDITOR", "en"));
            page.navigate(base() + "/en/newsroom");
            page.getByText("Write a new article").click();

            page.locator("#headline").fill("Storm season ends early on the coast");
            page.locator("#lead").fill("Forecasters call the last storm of the season three weeks early.");
            page.locator("#body").fill("The **last** storm passed on Sunday.");
            assertThat(page.locator("#body-preview strong")).hasText("last");

            page.locator("#q").fill("Lighthouse keepers");
            page.locator(".newsroom__tools form[role=search] button").click();
            // the search reads bodies too: more than one lighthouse story may be offered
            Locator found = page.locator("#found [data-insert]").first();
            assertThat(found).isVisible();
            page.locator("#body").press("End");
            found.click();
            assertThat(page.locator("#body"))
                    .hasValue(java.util.regex.Pattern.compile(
                            ".*::read-more lighthouse.*", java.util.regex.Pattern.DOTALL));

            page.locator("#tags").fill("Weather");
            page.locator("#bylines").fill("Coastal Desk");
            page.locator("#image").setInputFiles(photo);
            page.locator("#imageCaption").fill("Waves on the breakwater");
            page.locator("#imageCredit").fill("© Agency / Photographer");
            page.locator("button[value=save]").click();
            assertThat(page.locator(".newsroom__notice")).hasText("Saved.");
            assertThat(page.locator(".newsroom__thumb")).isVisible();

            String preview = page.locator("a[href$='/preview']").getAttribute("href");
            Page previewPage = context.newPage();
            previewPage.navigate(base() + preview);
            assertThat(previewPage.locator("h1.article__title")).hasText("Storm season ends early on the coast");
            assertThat(previewPage.locator(".article__figure img"))
                    .hasAttribute("srcset", java.util.regex.Pattern.compile(".*480w.*960w.*1440w"));
            assertThat(previewPage.locator(".readmore a")).hasText("Lighthouse keepers return to the northern cape");
            previewPage.close();

            page.locator("#publishAt").fill(tomorrow);
            page.locator("#zone").fill("Europe/London");
            page.locator("button[value=schedule]").click();
            assertThat(page.locator(".newsroom__notice")).hasText("Scheduled.");
            assertThat(page.locator("[data-state]")).hasText("Scheduled");

            page.locator("button[value=publish]").click();
            assertThat(page.locator(".newsroom__notice")).hasText("Published.");
            articlePath = page.locator(".newsroom__state a").first().getAttribute("href");
        }
        assertThat(articlePath).startsWith("/en/");
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page reader = context.newPage();
            reader.navigate(base() + articlePath);
            assertThat(reader.locator("h1.article__title")).hasText("Storm season ends early on the coast");
            assertThat(reader.locator(".article__figure figcaption")).containsText("Waves on the breakwater");
            assertThat(reader.locator(".readmore a")).hasText("Lighthouse keepers return to the northern cape");
            Object loaded =
                    reader.locator(".article__figure img").evaluate("img => img.complete && img.naturalWidth > 0");
            assertThat(loaded).isEqualTo(true);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
