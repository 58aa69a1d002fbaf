package io.tribune.publishing.gallery;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import io.tribune.TribuneTest;
import io.tribune.media.TestPictures;
import io.tribune.support.Chromium;
import io.tribune.support.Staff;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A gallery built by an editor in the browser, then looked through by a reader with keys and swipes. */
@TribuneTest
class GalleryBrowserTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Galleries galleries;

    @BeforeEach
    void forgetQuotasAndFailures() {
        Staff.of(context, port).forgetQuotasAndFailures();
    }

    @Test
    void anEditorBuildsAGalleryThatAReaderThenLooksThrough() {
        Staff staff = Staff.of(context, port);
        String email = jdbc.sql("select email from account where id = :id")
                .param("id", staff.editor("en"))
                .query(String.class)
                .single();
        try (BrowserContext editorContext = chromium.newContext("en-GB")) {
            Page editor = editorContext.newPage();
            editor.navigate(base() + "/en/account/login");
            editor.locator("#email").fill(email);
            editor.locator("#password").fill(Staff.PASSWORD);
            editor.locator("form.account-form button[type=submit]").click();
            assertThat(editor).not().hasURL(base() + "/en/account/login");

            editor.navigate(base() + "/en/newsroom/galleries");
            editor.locator("#new-title").fill("Night ferry to the islands");
            editor.locator("form.desk__form button[type=submit]").click();
            assertThat(editor.locator("h1")).hasText("Night ferry to the islands");

            upload(editor, "deck.jpg", "On deck at midnight", "© Tribune / A. Sailor");
            upload(editor, "harbour.png", "Arriving in the harbour", "© Tribune / B. Sailor");
            assertThat(editor.locator(".desk__picture")).hasCount(2);

            editor.locator(".desk__picture").nth(1).getByText("Move earlier").click();
            assertThat(editor.locator("#caption-0")).hasValue("Arriving in the harbour");
            editor.locator("#caption-1").fill("On deck, at midnight");
            editor.locator(".desk__save").click();
            assertThat(editor.locator("#caption-1")).hasValue("On deck, at midnight");

            editor.getByText("Publish", new Page.GetByTextOptions().setExact(true))
                    .click();
            assertThat(editor.locator(".desk__status")).hasAttribute("data-status", "published");
            editor.locator(".desk__status a").click();
            assertThat(editor).hasURL(base() + "/en/multimedia/night-ferry-to-the-islands");
        }

        Page reader = chromium.newPage("en-GB");
        reader.navigate(base() + "/en/multimedia");
        reader.locator(".gallery-card .card__title a", new Page.LocatorOptions().setHasText("Night ferry"))
                .click();
        Locator position = reader.locator(".gallery__position");
        assertThat(position).hasText("1 / 2");
        assertThat(reader.locator(".gallery__slide:visible figcaption")).containsText("Arriving in the harbour");
        assertThat(reader.locator(".gallery__slide:visible .credit")).hasText("© Tribune / B. Sailor");

        reader.keyboard().press("ArrowRight");
        assertThat(position).hasText("2 / 2");
        assertThat(reader.locator(".gallery__slide:visible figcaption")).containsText("On deck, at midnight");
        reader.keyboard().press("ArrowLeft");
        assertThat(position).hasText("1 / 2");

        swipe(reader, -1);
        assertThat(position).hasText("2 / 2");
        assertThat(reader).hasURL(Pattern.compile(".*#picture-2$"));
        swipe(reader, 1);
        assertThat(position).hasText("1 / 2");
        reader.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("gallery-viewer")));
    }

    @Test
    void inArabicTheArrowThatPointsForwardIsTheLeftOne() {
        Page reader = chromium.newPage("ar");
        GalleryCard demo = galleries.latest("ar", 10).getLast();
        reader.navigate(base() + demo.path());
        Locator position = reader.locator(".gallery__position");
        assertThat(position).hasText("1 / 6");

        reader.keyboard().press("ArrowLeft");
        assertThat(position).hasText("2 / 6");
        reader.keyboard().press("End");
        assertThat(position).hasText("6 / 6");
        assertThat(reader.locator("[data-gallery-next]")).isDisabled();
    }

    @Test
    void withoutScriptsEveryPictureIsShownInOrder() {
        try (BrowserContext context = chromium.newContext("en-GB", false)) {
            Page reader = context.newPage();
            reader.navigate(base() + galleries.latest("en", 10).getLast().path());
            assertThat(reader.locator(".gallery__slide figure")).hasCount(6);
            for (Locator slide : reader.locator(".gallery__slide").all()) {
                assertThat(slide).isVisible();
            }
            assertThat(reader.locator(".gallery__controls")).isHidden();
        }
    }

    private static void upload(Page editor, String name, String caption, String credit) {
        byte[] bytes = name.endsWith(".png") ? TestPictures.png(1200, 800) : TestPictures.jpeg(1600, 1000);
        String type = name.endsWith(".png") ? "image/png" : "image/jpeg";
        editor.locator("#file").setInputFiles(new FilePayload(name, type, bytes));
        editor.locator("#new-caption").fill(caption);
        editor.locator("#new-credit").fill(credit);
        int before = editor.locator(".desk__picture").count();
        editor.getByText("Add the picture").click();
        assertThat(editor.locator(".desk__picture")).hasCount(before + 1);
    }

    /** Drags across the picture with the mouse: towards the start ({@code -1}, to the left) or the end. */
    private static void swipe(Page page, int direction) {
        BoundingBox box = page.locator(".gallery__stage").boundingBox();
        double y = box.y + box.height / 2;
        double from = box.x + box.width / 2;
        page.mouse().move(from, y);
        page.mouse().down();
        page.mouse().move(from + direction * 200, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
