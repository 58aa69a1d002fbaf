package io.tribune.publishing.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.TribuneTest;
import io.tribune.media.Illustration;
import io.tribune.media.ImageRef;
import io.tribune.media.ImageUpload;
import io.tribune.media.Images;
import io.tribune.media.TestPictures;
import io.tribune.support.Browser;
import io.tribune.support.Staff;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editors' gallery desk through direct requests: who may use it (an editor of the edition and
 * administrators; a reader and an editor of another edition get 404, a stranger the log-in page), what
 * an editor does with it, and what it refuses without changing anything.
 */
@TribuneTest
class GalleryDeskTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GalleryDesk desk;

    @Autowired
    Galleries galleries;

    @Autowired
    Images images;

    Staff staff;

    @BeforeEach
    void forgetQuotasAndFailures() {
        staff = Staff.of(context, port);
        staff.forgetQuotasAndFailures();
    }

    @Test
    void aStrangerIsSentToLogIn() {
        Browser stranger = new Browser(port);

        HttpResponse<String> list = stranger.get("/en/newsroom/galleries");

        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(list.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/en/account/login"));
    }

    @Test
    void aReaderAndAnEditorOfAnotherEditionFindNoDeskAndChangeNothing() {
        long id = draftWithPictures("en", 2);
        String version = version(id);
        Browser reader = staff.signedIn(staff.reader("Desk Person", "en"));
        Browser russian = staff.signedIn(staff.editor("ru"));
        String before = state(id);

        for (Browser intruder : List.of(reader, russian)) {
            String token = intruder.get("/en/account").body();
            assertThat(intruder.get("/en/newsroom/galleries").statusCode()).isEqualTo(404);
            assertThat(intruder.get("/en/newsroom/galleries/" + id).statusCode())
                    .isEqualTo(404);
            Map<String, String> change = Map.of("version", version);
            assertThat(intruder.post("/en/newsroom/galleries", token, Map.of("title", "Intruder"))
                            .statusCode())
                    .isEqualTo(404);
            assertThat(intruder.post(
                                    "/en/newsroom/galleries/" + id,
                                    token,
                                    Map.of("version", version, "title", "Taken over", "slug", "taken-over"))
                            .statusCode())
                    .isEqualTo(404);
            for (String action : List.of("/publish", "/unpublish", "/pictures/0/remove")) {
                assertThat(intruder.post("/en/newsroom/galleries/" + id + action, token, change)
                                .statusCode())
                        .as(action)
                        .isEqualTo(404);
            }
            assertThat(intruder.post(
                                    "/en/newsroom/galleries/" + id + "/pictures/0/move",
                                    token,
                                    Map.of("version", version, "direction", "later"))
                            .statusCode())
                    .isEqualTo(404);
            // through the intruder's own edition, the English gallery does not exist either
            assertThat(intruder.post("/ru/newsroom/galleries/" + id + "/publish", token, change)
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(state(id)).isEqualTo(before);
        assertThat(count("gallery where title = 'Intruder'")).isZero();
    }

    @Test
    void anEditorOfTheEditionAndAnAdministratorUseTheDesk() {
        long id = draftWithPictures("es", 1);
        for (long allowed : List.of(staff.editor("es"), staff.admin())) {
            Browser browser = staff.signedIn(allowed);
            assertThat(browser.get("/es/newsroom/galleries").statusCode()).isEqualTo(200);
            assertThat(browser.get("/es/newsroom/galleries/" + id).body()).contains("Borrador");
        }
    }

    @Test
    void anEditorBuildsOrdersCaptionsAndPublishesAGallery() {
        Browser editor = staff.signedIn(staff.editor("en"));
        String list = editor.get("/en/newsroom/galleries").body();

        HttpResponse<String> created =
                editor.post("/en/newsroom/galleries", list, Map.of("title", "Storm over the harbour", "slug", ""));

        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(column(id, "slug")).isEqualTo("storm-over-the-harbour");
        addPicture(id, "First caption", "© First");
        addPicture(id, "Second caption", "© Second");

        String page = editor.get(location).body();
        HttpResponse<String> moved = editor.post(
                location + "/pictures/1/move", page, Map.of("version", version(page), "direction", "earlier"));
        assertThat(moved.statusCode()).isEqualTo(303);

        page = editor.get(location).body();
        HttpResponse<String> saved = editor.postRaw(
                location,
                Browser.encode(Map.of(
                                "_csrf",
                                csrf(page),
                                "version",
                                version(page),
                                "title",
                                "Storm at sea",
                                "slug",
                                "storm-at-sea"))
                        + "&caption=" + enc("Waves over the pier") + "&credit=" + enc("© Agency / A. Photographer")
                        + "&caption=" + enc("Boats, in the lee") + "&credit=" + enc("© Agency / B. Photographer"));
        assertThat(saved.statusCode()).isEqualTo(303);

        page = editor.get(location).body();
        assertThat(editor.post(location + "/publish", page, Map.of("version", version(page)))
                        .statusCode())
                .isEqualTo(303);

        GalleryView published = galleries.gallery("en", "storm-at-sea").orElseThrow();
        assertThat(published.title()).isEqualTo("Storm at sea");
        assertThat(published.pictures())
                .extracting(p -> p.caption() + " | " + p.credit())
                .containsExactly(
                        "Waves over the pier | © Agency / A. Photographer",
                        "Boats, in the lee | © Agency / B. Photographer");
        String viewer = new Browser(port).get("/en/multimedia/storm-at-sea").body();
        assertThat(viewer).contains("Waves over the pier").contains("© Agency / B. Photographer");

        page = editor.get(location).body();
        assertThat(editor.post(location + "/unpublish", page, Map.of("version", version(page)))
                        .statusCode())
                .isEqualTo(303);
        assertThat(new Browser(port).get("/en/multimedia/storm-at-sea").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aChangeMadeOnAnOutdatedPageIsRefusedAndTheOtherEditorsWorkKept() {
        long id = draftWithPictures("en", 2);
        Browser first = staff.signedIn(staff.editor("en"));
        Browser second = staff.signedIn(staff.editor("en"));
        String firstPage = first.get("/en/newsroom/galleries/" + id).body();
        String secondPage = second.get("/en/newsroom/galleries/" + id).body();
        assertThat(first.post(
                                "/en/newsroom/galleries/" + id + "/pictures/0/move",
                                firstPage,
                                Map.of("version", version(firstPage), "direction", "later"))
                        .statusCode())
                .isEqualTo(303);
        String afterFirst = state(id);

        HttpResponse<String> late = second.post(
                "/en/newsroom/galleries/" + id + "/pictures/1/remove",
                secondPage,
                Map.of("version", version(secondPage)));

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Another editor changed this gallery meanwhile");
        assertThat(state(id)).isEqualTo(afterFirst);
    }

    @Test
    void hostileTitlesAndAddressesAreRefusedAndNothingIsStored() {
        Browser editor = staff.signedIn(staff.editor("en"));
        String list = editor.get("/en/newsroom/galleries").body();
        int before = count("gallery");

        Map<String, String> refused = Map.of(
                "",
                "This field is required.",
                "   ",
                "This field is required.",
                "x".repeat(10_000),
                "This is too long.",
                "Broken\u0000text",
                "This text contains characters that cannot be shown.",
                "Bell\u0007",
                "This text contains characters that cannot be shown.");
        for (Map.Entry<String, String> title : refused.entrySet()) {
            HttpResponse<String> answer =
                    editor.post("/en/newsroom/galleries", list, Map.of("title", title.getKey(), "slug", ""));
            assertThat(answer.statusCode()).as(title.getKey()).isEqualTo(422);
            assertThat(answer.body()).contains(title.getValue()).contains("<html");
        }
        for (String slug : List.of("../../etc/passwd", "UPPER", "a--b", "' or 1=1 --", "<script>", "x".repeat(200))) {
            HttpResponse<String> answer =
                    editor.post("/en/newsroom/galleries", list, Map.of("title", "Fine title", "slug", slug));
            assertThat(answer.statusCode()).as(slug).isEqualTo(422);
            assertThat(answer.body()).contains("Use lower-case Latin letters");
        }
        // bytes that are not UTF-8 (a broken sequence, half of a surrogate pair as CESU-8 writes it) never
        // reach the desk: the site answers its localised 400 page
        for (String bytes : List.of("%C3%28%A0%A1", "Half%20a%20pair%20%ED%A0%BD")) {
            HttpResponse<String> malformed =
                    editor.postRaw("/en/newsroom/galleries", "_csrf=" + enc(csrf(list)) + "&title=" + bytes + "&slug=");
            assertThat(malformed.statusCode()).as(bytes).isEqualTo(400);
            assertThat(malformed.body()).contains("lang=\"en\"").doesNotContain("Exception");
        }

        assertThat(count("gallery")).isEqualTo(before);
    }

    @Test
    void markupAndSqlLookingTitlesAreKeptAsTextAndShownEscaped() {
        Browser editor = staff.signedIn(staff.editor("en"));
        String list = editor.get("/en/newsroom/galleries").body();
        String title = "<script>alert('x')</script> '; drop table gallery; --";

        HttpResponse<String> created =
                editor.post("/en/newsroom/galleries", list, Map.of("title", title, "slug", "markup-and-sql"));

        assertThat(created.statusCode()).isEqualTo(303);
        String page = editor.get(created.headers().firstValue("Location").orElseThrow())
                .body();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(jdbc.sql("select title from gallery where slug = 'markup-and-sql'")
                        .query(String.class)
                        .single())
                .isEqualTo(title);
    }

    @Test
    void hostileCaptionsAreRefusedAndTheGalleryStaysAsItWas() {
        long id = draftWithPictures("en", 1);
        Browser editor = staff.signedIn(staff.editor("en"));
        String page = editor.get("/en/newsroom/galleries/" + id).body();
        String before = state(id);

        for (String caption : List.of("", "  ", "y".repeat(501), "Bell\u0007", "Tab\tin a line")) {
            HttpResponse<String> answer = editor.postRaw(
                    "/en/newsroom/galleries/" + id,
                    Browser.encode(Map.of(
                                    "_csrf", csrf(page), "version", version(page), "title", "T", "slug", "still-fine"))
                            + "&caption=" + enc(caption) + "&credit=" + enc("© Someone"));
            assertThat(answer.statusCode()).as(caption).isEqualTo(422);
        }
        // more captions than pictures: the page was not the one the editor sent
        HttpResponse<String> extra = editor.postRaw(
                "/en/newsroom/galleries/" + id,
                Browser.encode(Map.of("_csrf", csrf(page), "version", version(page), "title", "T", "slug", "fine"))
                        + "&caption=a&credit=b&caption=c&credit=d");
        assertThat(extra.statusCode()).isEqualTo(422);
        assertThat(state(id)).isEqualTo(before);
    }

    /**
     * The bound captions and credits of a Russian gallery: every refusal is told in Russian on the page,
     * the typed text shown escaped, and nothing changes; a version that is no number gets the localised
     * 400 page, never a stack trace.
     */
    @Test
    void hostileCaptionsAndCreditsAreToldInTheEditionsLanguage() {
        long id = draftWithPictures("ru", 2);
        Browser editor = staff.signedIn(staff.editor("ru"));
        String path = "/ru/newsroom/galleries/" + id;
        String page = editor.get(path).body();
        String before = state(id);
        Map<String, String> refused = Map.of(
                "y".repeat(100_000),
                "Слишком длинно.",
                "",
                "Заполните это поле.",
                "Broken\u0000text",
                "В тексте есть символы, которые нельзя показать.",
                "Bell\u0007",
                "В тексте есть символы, которые нельзя показать.");

        for (Map.Entry<String, String> caption : refused.entrySet()) {
            String markup = "<script>alert('x')</script> '; drop table gallery_picture; --";
            HttpResponse<String> answer = editor.postRaw(
                    path,
                    Browser.encode(Map.of(
                                    "_csrf", csrf(page), "version", version(page), "title", "Т", "slug", "still-fine"))
                            + "&caption=" + enc(markup) + "&credit=" + enc("© Агентство, Фотограф")
                            + "&caption=" + enc(caption.getKey()) + "&credit=" + enc("© Someone"));
            assertThat(answer.statusCode()).as(caption.getValue()).isEqualTo(422);
            assertThat(answer.body())
                    .contains("lang=\"ru\"")
                    .contains(caption.getValue())
                    .contains(
                            "value=\"&lt;script>alert(&#39;x&#39;)&lt;/script> &#39;; drop table gallery_picture; --\"")
                    .doesNotContain("<script>alert")
                    .contains("© Агентство, Фотограф");
        }
        for (String version : List.of("", "x", "1 or 1=1", "9".repeat(40))) {
            HttpResponse<String> answer = editor.postRaw(
                    path,
                    Browser.encode(Map.of("_csrf", csrf(page), "version", version, "title", "Т", "slug", "fine"))
                            + "&caption=a&credit=b&caption=c&credit=d");
            assertThat(answer.statusCode()).as(version).isIn(400, 409);
            assertThat(answer.body()).as(version).contains("lang=\"ru\"").doesNotContain("Exception");
        }
        HttpResponse<String> malformed = editor.postRaw(
                path,
                "_csrf=" + enc(csrf(page)) + "&version=" + version(page)
                        + "&title=T&slug=fine&caption=%C3%28&credit=b&caption=c&credit=d");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("lang=\"ru\"").doesNotContain("Exception");
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void aSinglePicturesCaptionWithCommasIsKeptWhole() {
        long id = draftWithPictures("en", 1);
        Browser editor = staff.signedIn(staff.editor("en"));
        String page = editor.get("/en/newsroom/galleries/" + id).body();

        HttpResponse<String> saved = editor.postRaw(
                "/en/newsroom/galleries/" + id,
                Browser.encode(Map.of(
                                "_csrf",
                                csrf(page),
                                "version",
                                version(page),
                                "title",
                                "Weather",
                                "slug",
                                "weather-" + id))
                        + "&caption=" + enc("Rain, wind, and waves") + "&credit=" + enc("© Agency, Photographer"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(jdbc.sql("select caption || ' / ' || credit from gallery_picture where gallery_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Rain, wind, and waves / © Agency, Photographer");
    }

    @Test
    void anEditorUploadsAPhotoThatIsServedInEveryWidth() {
        long id = draftWithPictures("en", 0);
        Browser editor = staff.signedIn(staff.editor("en"));
        String path = "/en/newsroom/galleries/" + id;

        HttpResponse<String> uploaded = GalleryUploads.upload(
                editor,
                port,
                editor.get(path).body(),
                path + "/pictures",
                "photo.jpg",
                TestPictures.jpeg(1600, 900),
                "Harbour lights",
                "© Agency / Photographer");

        assertThat(uploaded.statusCode()).isEqualTo(303);
        GalleryDraft draft = desk.draft("en", id);
        assertThat(draft.pictures()).hasSize(1);
        ImageRef picture = draft.pictures().getFirst();
        assertThat(picture.caption()).isEqualTo("Harbour lights");
        // the form's text fields arrive as UTF-8, however early the multipart body is parsed
        assertThat(picture.credit()).isEqualTo("© Agency / Photographer");
        assertThat(picture.digest()).isNotNull();
        for (int width : ImageRef.WIDTHS) {
            assertThat(new Browser(port).get(picture.src(width)).statusCode())
                    .as("width " + width)
                    .isEqualTo(200);
        }
    }

    @Test
    void hostileUploadsAreRefusedWithTheFormsErrorAndNothingIsStored() {
        long id = draftWithPictures("en", 1);
        Browser editor = staff.signedIn(staff.editor("en"));
        String path = "/en/newsroom/galleries/" + id;
        String before = state(id);
        int images = count("image");

        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("notes.jpg", "just some text, named like a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("drawing.svg", TestPictures.SVG);
        files.put("half.jpg", TestPictures.truncated(TestPictures.jpeg(1600, 1200)));
        files.put("bomb.png", TestPictures.pngBomb(60_000));
        files.put(
                "../../../etc/passwd",
                "root:x:0:0:root:/root:/bin/bash".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("empty.jpg", new byte[0]);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            HttpResponse<String> answer = GalleryUploads.upload(
                    editor,
                    port,
                    editor.get(path).body(),
                    path + "/pictures",
                    file.getKey(),
                    file.getValue(),
                    "Caption",
                    "© Credit");
            assertThat(answer.statusCode()).as(file.getKey()).isEqualTo(422);
            assertThat(answer.body()).as(file.getKey()).contains("The gallery was not changed");
        }
        HttpResponse<String> badCaption = GalleryUploads.upload(
                editor,
                port,
                editor.get(path).body(),
                path + "/pictures",
                "photo.jpg",
                TestPictures.jpeg(800, 600),
                "<b>ok</b>\u0000",
                "© Credit");
        assertThat(badCaption.statusCode()).isEqualTo(422);

        assertThat(state(id)).isEqualTo(before);
        assertThat(count("image")).isEqualTo(images);
    }

    @Test
    void malformedVersionsPositionsAndDirectionsAreBadRequests() {
        long id = draftWithPictures("en", 2);
        Browser editor = staff.signedIn(staff.editor("en"));
        String page = editor.get("/en/newsroom/galleries/" + id).body();
        String before = state(id);
        String base = "/en/newsroom/galleries/" + id;

        assertThat(editor.post(base + "/publish", page, Map.of("version", "1 or 1=1"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(editor.post(base + "/pictures/0/move", page, Map.of("version", version(page), "direction", "up"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(editor.post(base + "/pictures/7/remove", page, Map.of("version", version(page)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(editor.post(base + "/pictures/-1/remove", page, Map.of("version", version(page)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(editor.get("/en/newsroom/galleries/99999999999999999999").statusCode())
                .isEqualTo(404);
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void aGalleryWithoutPicturesIsNotPublished() {
        long id = draftWithPictures("en", 0);
        Browser editor = staff.signedIn(staff.editor("en"));
        String page = editor.get("/en/newsroom/galleries/" + id).body();

        HttpResponse<String> answer =
                editor.post("/en/newsroom/galleries/" + id + "/publish", page, Map.of("version", version(page)));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("at least one picture");
        assertThat(jdbc.sql("select published_at from gallery where id = :id")
                        .param("id", id)
                        .query((rs, n) -> rs.getTimestamp(1))
                        .optional())
                .isEmpty();
    }

    /** An unpublished gallery of the edition with drawn pictures, made through the desk by an administrator. */
    long draftWithPictures(String edition, int pictures) {
        DeskAnswer created = desk.create(edition, "Draft " + System.nanoTime(), "");
        assertThat(created.isDone()).isTrue();
        for (int i = 0; i < pictures; i++) {
            addPicture(created.gallery(), "Caption " + i, "© Credit " + i);
        }
        return created.gallery();
    }

    private void addPicture(long id, String caption, String credit) {
        String edition = column(id, "edition");
        DeskAnswer added = desk.add(
                edition,
                id,
                version(id),
                caption,
                credit,
                () -> new ImageUpload.Stored(
                        images.illustrate(Illustration.of("coast", "day", caption.hashCode()), caption, credit)));
        assertThat(added.problems()).isEmpty();
    }

    private String version(long id) {
        return column(id, "version");
    }

    private static String version(String page) {
        Matcher matcher = VERSION.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no version on the page");
        }
        return matcher.group(1);
    }

    private static String csrf(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no form token on the page");
        }
        return matcher.group(1);
    }

    private String column(long id, String column) {
        return jdbc.sql("select " + column + " from gallery where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** Everything about a gallery that a change could touch, as one string. */
    private String state(long id) {
        return jdbc.sql("select slug || '|' || title || '|' || coalesce(cast(published_at as varchar), '-') || '|'"
                                + " || version from gallery where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single()
                + jdbc.sql("select position || ':' || image_id || ':' || caption || ':' || credit from gallery_picture"
                                + " where gallery_id = :id order by position")
                        .param("id", id)
                        .query(String.class)
                        .list();
    }

    private int count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Integer.class).single();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
