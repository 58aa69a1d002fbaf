package io.tribune.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.tribune.SiteClient;
import io.tribune.editions.ListenLive;
import io.tribune.editions.ListenLiveStreams;
import io.tribune.support.Chromium;
import io.tribune.support.Staff;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Listen Live in a real browser, with a live tone stream served by the test on 127.0.0.1 as the English
 * edition's stream: the player keeps playing while the reader moves between pages, and says so clearly
 * when the stream goes down. An editor who switches the stream in the newsroom is heard by the next
 * reader who presses play.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:listen-live;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.media.root=target/test-media",
            "tribune.views.flush-interval=PT1H",
            "tribune.listen-live.en.name=Tribune Radio",
            "tribune.listen-live.en.schedule=On air around the clock"
        })
class ListenLiveBrowserTests {

    static final ToneStream STREAM = new ToneStream();

    /** The stream an editor switches to in the newsroom. */
    static final ToneStream NIGHT_STREAM = new ToneStream();

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @DynamicPropertySource
    static void stream(DynamicPropertyRegistry registry) {
        registry.add("tribune.listen-live.en.url", STREAM::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ListenLiveStreams streams;

    @AfterEach
    void streamBackUp() {
        STREAM.up();
        streams.change("en", new ListenLive(STREAM.url(), "Tribune Radio", "On air around the clock"));
    }

    @AfterAll
    static void stopStream() {
        STREAM.close();
        NIGHT_STREAM.close();
    }

    @Test
    void thePlayerKeepsPlayingWhileTheReaderMovesBetweenPages() {
        Page page = chromium.newPage("en-GB");
        assertThat(page.navigate(base() + "/en/").headers().get("cache-control"))
                .as("pages are kept by browsers, so the bar must not learn the stream from them alone")
                .contains("max-age");
        assertThat(page.locator("#listen-live .listen__name")).hasText("Tribune Radio");
        playFromThePage(page);

        page.locator(".sections a", new Page.LocatorOptions().setHasText("World"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/en/world/$"));
        assertThat(page.locator("h1")).hasText("World");
        assertStillPlaying(page);

        page.locator(".card__title a").first().click();
        assertThat(page.locator("h1.article__title")).isVisible();
        assertStillPlaying(page);
        assertThat(page.locator("#listen-live")).hasAttribute("data-state", "playing");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("listen-live-article")));
    }

    @Test
    void thePlayerPausesAndSetsTheVolume() {
        Page page = chromium.newPage("en-GB");
        page.navigate(base() + "/en/news");
        Locator bar = page.locator("#listen-live");
        Locator toggle = bar.locator("[data-listen-toggle]");

        toggle.click();
        assertThat(bar).hasAttribute("data-state", "playing", playing());
        bar.locator("[data-listen-volume]").fill("0.25");
        assertThat(page.evaluate("document.querySelector('#listen-live audio').volume"))
                .isEqualTo(0.25);
        toggle.click();

        assertThat(bar).hasAttribute("data-state", "paused");
        assertThat(toggle).hasText("Play");
        assertThat(page.evaluate("document.querySelector('#listen-live audio').paused"))
                .isEqualTo(true);
    }

    @Test
    void aStreamThatGoesDownIsShownAsDown() {
        Page page = chromium.newPage("en-GB");
        page.navigate(base() + "/en/");
        Locator bar = page.locator("#listen-live");
        bar.locator("[data-listen-toggle]").click();
        assertThat(bar).hasAttribute("data-state", "playing", playing());

        STREAM.down();

        assertThat(bar).hasAttribute("data-state", "down", playing());
        assertThat(bar.locator("[data-listen-state]")).hasText("The stream is unavailable right now. Try again later.");
        assertThat(bar.locator("[data-listen-toggle]")).hasText("Play");
    }

    @Test
    void aStreamThatIsDownWhenTheReaderPressesPlayIsShownAsDown() {
        STREAM.down();
        Page page = chromium.newPage("en-GB");
        page.navigate(base() + "/en/");
        Locator bar = page.locator("#listen-live");

        bar.locator("[data-listen-toggle]").click();

        assertThat(bar).hasAttribute("data-state", "down", playing());
    }

    @Test
    void withoutScriptsTheBarIsTheBrowsersOwnPlayerAndEditionsWithoutAStreamHaveNone() {
        try (BrowserContext context = chromium.newContext("en-GB", false)) {
            Page page = context.newPage();
            page.navigate(base() + "/en/");
            assertThat(page.locator("#listen-live audio[controls]")).hasAttribute("src", STREAM.url());
        }
        String russian = new SiteClient(port).get("/ru/").body();
        assertThat(russian).doesNotContain("listen-live").doesNotContain("hx-boost");
    }

    @Test
    void anEditorChangesTheStreamInTheNewsroomAndAReadersPlayerPlaysTheNewOne() {
        Staff staff = Staff.of(context, port);
        long editor = staff.editor("en");
        try (BrowserContext desk = chromium.newContext("en-GB")) {
            Page page = desk.newPage();
            staff.logIn(page, editor);
            page.navigate(base() + "/en/newsroom");
            page.getByText("Listen Live stream").click();
            assertThat(page.locator("#stream-url")).hasValue(STREAM.url());
            page.locator("#stream-url").fill(NIGHT_STREAM.url());
            page.locator("#stream-name").fill("Tribune Night Radio");
            page.locator("#stream-schedule").fill("From 22:00 to 06:00");
            page.getByText("Save the stream").click();
            assertThat(page.locator(".newsroom__notice")).containsText("Saved.");
        }

        Page page = chromium.newPage("en-GB");
        page.navigate(base() + "/en/");
        Locator bar = page.locator("#listen-live");
        assertThat(bar.locator(".listen__name")).hasText("Tribune Night Radio");
        assertThat(bar.locator(".listen__schedule")).hasText("From 22:00 to 06:00");
        bar.locator("[data-listen-toggle]").click();
        assertThat(bar).hasAttribute("data-state", "playing", playing());
        page.waitForFunction("() => document.querySelector('#listen-live audio').currentTime > 0.5");
        assertThat(page.evaluate("document.querySelector('#listen-live audio').currentSrc"))
                .isEqualTo(NIGHT_STREAM.url());
    }

    @Test
    void aReaderWhoIsNotListeningGetsTheChangedStreamAtTheNextPage() {
        Page page = chromium.newPage("en-GB");
        page.navigate(base() + "/en/");
        Locator bar = page.locator("#listen-live");
        assertThat(bar.locator(".listen__name")).hasText("Tribune Radio");
        page.evaluate("window.tribuneAudio = document.querySelector('#listen-live audio'); window.notReloaded = true");

        streams.change("en", new ListenLive(NIGHT_STREAM.url(), "Tribune Night Radio", "From 22:00 to 06:00"));
        page.locator(".sections a", new Page.LocatorOptions().setHasText("World"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/en/world/$"));

        assertThat(bar.locator(".listen__name")).hasText("Tribune Night Radio");
        assertThat(bar.locator(".listen__schedule")).hasText("From 22:00 to 06:00");
        assertThat(
                        page.evaluate(
                                "window.notReloaded === true && document.querySelector('#listen-live audio') === window.tribuneAudio"))
                .as("the kept bar, not a page loaded afresh")
                .isEqualTo(true);
        bar.locator("[data-listen-toggle]").click();
        assertThat(bar).hasAttribute("data-state", "playing", playing());
        assertThat(page.evaluate("window.tribuneAudio.currentSrc")).isEqualTo(NIGHT_STREAM.url());
    }

    @Test
    void aReaderWhoIsListeningHearsTheOldStreamOnAndTheNewOneFromTheNextPlay() {
        Page page = chromium.newPage("en-GB");
        page.navigate(base() + "/en/");
        Locator bar = playFromThePage(page);
        Locator toggle = bar.locator("[data-listen-toggle]");

        streams.change("en", new ListenLive(NIGHT_STREAM.url(), "Tribune Night Radio", ""));
        page.locator(".sections a", new Page.LocatorOptions().setHasText("World"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/en/world/$"));

        assertThat(bar.locator("[data-listen-next]")).hasText("New stream, from your next Play: Tribune Night Radio");
        assertStillPlaying(page);
        assertThat(page.evaluate("window.tribuneAudio.currentSrc")).isEqualTo(STREAM.url());
        assertThat(bar.locator(".listen__name")).hasText("Tribune Radio");

        toggle.click();
        assertThat(bar).hasAttribute("data-state", "paused");
        toggle.click();
        assertThat(bar).hasAttribute("data-state", "playing", playing());
        assertThat(page.evaluate("window.tribuneAudio.currentSrc")).isEqualTo(NIGHT_STREAM.url());
        assertThat(bar.locator(".listen__name")).hasText("Tribune Night Radio");
        assertThat(bar.locator(".listen__schedule")).hasCount(0);
        assertThat(bar.locator("[data-listen-next]")).isHidden();
    }

    @Test
    void aPageTheBrowserKeptFromBeforeTheChangeStillBringsTheNewStream() {
        Page page = chromium.newPage("en-GB");
        page.navigate(base() + "/en/");
        Locator bar = page.locator("#listen-live");
        Locator world = page.locator(".sections a", new Page.LocatorOptions().setHasText("World"));
        world.click();
        assertThat(page).hasURL(Pattern.compile(".*/en/world/$"));
        page.locator("a.brand").click();
        assertThat(page).hasURL(Pattern.compile(".*/en/$"));
        page.evaluate("window.notReloaded = true");

        streams.change("en", new ListenLive(NIGHT_STREAM.url(), "Tribune Night Radio", "From 22:00 to 06:00"));
        world.click();

        assertThat(page).hasURL(Pattern.compile(".*/en/world/$"));
        assertThat(bar.locator(".listen__name")).hasText("Tribune Night Radio");
        assertThat(bar.locator(".listen__schedule")).hasText("From 22:00 to 06:00");
        assertThat(page.evaluate("window.notReloaded === true")).isEqualTo(true);
        bar.locator("[data-listen-toggle]").click();
        assertThat(bar).hasAttribute("data-state", "playing", playing());
        assertThat(page.evaluate("document.querySelector('#listen-live audio').currentSrc"))
                .isEqualTo(NIGHT_STREAM.url());
    }

    @Test
    void theStreamIsAskedForWithoutBeingKept() {
        SiteClient site = new SiteClient(port);
        java.net.http.HttpResponse<String> stream = site.get("/en/listen-live.json");
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(stream.body()).contains("\"url\":\"" + STREAM.url() + "\"").contains("Tribune Radio");
        String tag = stream.headers().firstValue("ETag").orElseThrow();

        assertThat(site.get("/en/listen-live.json", java.util.Map.of("If-None-Match", tag))
                        .statusCode())
                .isEqualTo(304);
        streams.change("en", new ListenLive(NIGHT_STREAM.url(), "Tribune Night Radio", ""));
        java.net.http.HttpResponse<String> changed =
                site.get("/en/listen-live.json", java.util.Map.of("If-None-Match", tag));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Tribune Night Radio");
        assertThat(site.get("/ru/listen-live.json").body())
                .as("an edition without a stream")
                .contains("\"url\":\"\"");
    }

    /** Presses play on the page's bar, waits until it plays, and marks the page and its player to follow them. */
    private static Locator playFromThePage(Page page) {
        Locator bar = page.locator("#listen-live");
        bar.locator("[data-listen-toggle]").click();
        assertThat(bar).hasAttribute("data-state", "playing", playing());
        page.evaluate("window.tribuneAudio = document.querySelector('#listen-live audio'); window.notReloaded = true");
        page.waitForFunction("() => window.tribuneAudio.currentTime > 0.5");
        return bar;
    }

    private static void assertStillPlaying(Page page) {
        assertThat(page.evaluate("window.notReloaded === true"))
                .as("the page was not loaded afresh")
                .isEqualTo(true);
        assertThat(page.evaluate("document.querySelector('#listen-live audio') === window.tribuneAudio"))
                .as("the same player")
                .isEqualTo(true);
        double before = ((Number) page.evaluate("window.tribuneAudio.currentTime")).doubleValue();
        page.waitForFunction("t => !window.tribuneAudio.paused && window.tribuneAudio.currentTime > t + 0.3", before);
    }

    private static LocatorAssertions.HasAttributeOptions playing() {
        return new LocatorAssertions.HasAttributeOptions().setTimeout(20_000);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
