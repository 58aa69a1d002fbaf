package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.editions.ListenLive;
import io.tribune.editions.ListenLiveStreams;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The newsroom's Listen Live page: an edition's editors set the stream every page of the edition plays
 * (kept article pages included), clear it to remove the player bar, and are refused, in their language
 * and with what they typed shown again, whatever cannot play or cannot be shown. No one else reaches it.
 */
class NewsroomListenLiveTests extends NewsroomWebTest {

    private static final String PAGE = "/es/newsroom/listen-live";

    @Autowired
    ListenLiveStreams streams;

    @AfterEach
    void noStreams() {
        for (String edition : List.of("en", "es", "ru", "ar")) {
            streams.change(edition, ListenLive.NONE);
        }
    }

    @Test
    void anEditorSetsTheStreamAndEveryPageOfTheEditionOffersItAtOnce() {
        Browser editor = editor("es");
        String article = publishedArticle("es");
        assertThat(reader(article)).doesNotContain("id=\"listen-live\"");
        assertThat(reader(article)).as("kept").doesNotContain("id=\"listen-live\"");

        HttpResponse<String> saved = save(editor, "/streams/es-live.ogg", "Radio Tribuna", "De 7 a 22 h");

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(PAGE + "?done=saved");
        for (String path : List.of("/es/", "/es/news", article)) {
            String page = reader(path);
            assertThat(page).as(path).contains("src=\"/streams/es-live.ogg\"");
            assertThat(page).as(path).contains("<span class=\"listen__name\">Radio Tribuna</span>");
            assertThat(page).as(path).contains("De 7 a 22 h");
        }
        assertThat(reader("/ru/")).doesNotContain("id=\"listen-live\"");
        String form = editor.get(PAGE + "?done=saved").body();
        assertThat(form).contains("value=\"/streams/es-live.ogg\"").contains("Guardado.");
    }

    @Test
    void aChangedStreamReplacesTheOldOneOnKeptArticlePages() {
        Browser editor = editor("es");
        String article = publishedArticle("es");
        save(editor, "/streams/first.ogg", "Primera", "");
        assertThat(reader(article)).contains("src=\"/streams/first.ogg\"");
        assertThat(reader(article)).as("kept").contains("src=\"/streams/first.ogg\"");

        save(editor, "https://radio.example.org/second.mp3", "Segunda", "");

        String page = reader(article);
        assertThat(page)
                .contains("src=\"https://radio.example.org/second.mp3\"")
                .doesNotContain("first.ogg");
    }

    @Test
    void clearingTheAddressRemovesThePlayerBar() {
        Browser editor = editor("es");
        String article = publishedArticle("es");
        save(editor, "/streams/es-live.ogg", "Radio Tribuna", "");
        assertThat(reader(article)).contains("id=\"listen-live\"");

        HttpResponse<String> cleared = save(editor, "", "Radio Tribuna", "");

        assertThat(cleared.statusCode()).isEqualTo(303);
        for (String path : List.of("/es/", article)) {
            assertThat(reader(path))
                    .as(path)
                    .doesNotContain("id=\"listen-live\"")
                    .doesNotContain("hx-boost");
        }
        assertThat(streams.current("es").isConfigured()).isFalse();
    }

    @Test
    void addressesThatCannotPlayAreRefusedInTheEditorsLanguageAndNothingChanges() {
        Map<String, String> expected = Map.of(
                "en", "must be an http or https address",
                "es", "debe ser una dirección http o https",
                "ru", "должен быть адресом http или https",
                "ar", "يجب أن يكون عنوان البث");
        for (String edition : expected.keySet()) {
            Browser editor = editor(edition);
            save(editor, edition, "/streams/good.ogg", "Good", "");
            for (String url : List.of(
                    "javascript:alert(1)",
                    " JavaScript:alert(document.cookie)",
                    "data:audio/wav;base64,AAAA",
                    "//evil.example/live",
                    "ftp://radio.example.org/live",
                    "http://",
                    "/streams/live.ogg\u0000.mp3",
                    "/streams/\u202Egol.3pm",
                    "https://radio.example.org/a b",
                    "' OR 1=1; drop table listen_live; --",
                    "<script>alert(1)</script>")) {
                HttpResponse<String> refused = save(editor, edition, url, "Bad", "");
                assertThat(refused.statusCode()).as(url).isEqualTo(422);
                assertThat(refused.body()).as(url).contains(expected.get(edition));
                assertThat(refused.body()).as(url).doesNotContain("<script>alert(1)</script>");
                assertThat(streams.current(edition).url()).as(url).isEqualTo("/streams/good.ogg");
            }
        }
        HttpResponse<String> markup = save(editor("en"), "en", "<script>alert(1)</script>", "Bad", "");
        assertThat(markup.body()).contains("value=\"&lt;script>alert(1)&lt;/script>\"");
    }

    @Test
    void hostileNamesAndSchedulesAreRefusedAndShownAgainEscaped() {
        Browser editor = editor("es");
        save(editor, "/streams/good.ogg", "Good", "Always");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("name", "x".repeat(ListenLive.MAX_NAME + 1));
        cases.put("schedule", "y".repeat(200_000));
        cases.put("name ", "Radio\u0000Tribuna");
        cases.put("schedule ", "De 7 \u202Ea 22");
        cases.put("name  ", "Broken \uFFFD text");
        cases.put("name   ", "   ");
        for (var hostile : cases.entrySet()) {
            String field = hostile.getKey().strip();
            Map<String, String> fields =
                    new LinkedHashMap<>(Map.of("url", "/streams/other.ogg", "name", "Other", "schedule", ""));
            fields.put(field, hostile.getValue());
            HttpResponse<String> refused = editor.post(PAGE, editor.get(PAGE).body(), fields);
            assertThat(refused.statusCode()).as(hostile.getKey()).isEqualTo(422);
            assertThat(refused.body()).as(hostile.getKey()).contains("data-problem=\"" + field + "\"");
            assertThat(refused.body()).as(hostile.getKey()).contains("value=\"/streams/other.ogg\"");
            assertThat(streams.current("es")).isEqualTo(new ListenLive("/streams/good.ogg", "Good", "Always"));
        }
        String token = editor.get(PAGE).body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> malformed =
                editor.postRaw(PAGE, "_csrf=" + token + "&url=%2Fstreams%2Fx.ogg&name=Broken%ED%A0%80%C3%28&schedule=");
        // Tomcat refuses undecodable parameters before any handler: the localised 400 page
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception");
        assertThat(streams.current("es")).isEqualTo(new ListenLive("/streams/good.ogg", "Good", "Always"));
        HttpResponse<String> tooLong = save(editor, "/streams/" + "z".repeat(3000), "Name", "");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("como máximo 2000 caracteres");
    }

    @Test
    void markupAndSqlLookingTextIsStoredAsTextAndShownEscaped() {
        Browser editor = editor("es");
        String name = "<b onmouseover=alert(1)>Radio</b>";
        String schedule = "'; delete from listen_live; --";

        assertThat(save(editor, "/streams/es.ogg?a=1&b=<2>", name, schedule).statusCode())
                .isEqualTo(422);
        assertThat(save(editor, "/streams/es.ogg?a=1&b=2", name, schedule).statusCode())
                .isEqualTo(303);

        String page = reader("/es/");
        assertThat(page)
                .contains("&lt;b onmouseover=alert(1)&gt;Radio&lt;/b&gt;")
                .doesNotContain("<b onmouseover");
        assertThat(page).contains("src=\"/streams/es.ogg?a=1&amp;b=2\"");
        assertThat(page).contains("<span class=\"listen__schedule\">'; delete from listen_live; --</span>");
        assertThat(streams.current("es").schedule()).isEqualTo(schedule);
        assertThat(count("listen_live where edition = 'es'")).isEqualTo(1);
    }

    @Test
    void onlyTheEditionsEditorsAndAdministratorsReachThePage() {
        save(editor("es"), "/streams/good.ogg", "Good", "");
        Map<String, String> takeover = Map.of("url", "https://evil.example/x.mp3", "name", "Evil", "schedule", "");
        for (Browser someone : List.of(
                editor("ru"),
                staff.signedIn(staff.reader("Curious Reader", "es")),
                staff.signedIn(staff.withRole("A Moderator", "MODERATOR", "es")))) {
            String anyPage = someone.get("/es/account").body();
            assertThat(someone.get(PAGE).statusCode()).isEqualTo(404);
            assertThat(someone.post(PAGE, anyPage, takeover).statusCode()).isEqualTo(404);
        }
        Browser stranger = new Browser(port);
        assertThat(stranger.get(PAGE).statusCode()).isEqualTo(302);
        assertThat(stranger.postRaw(PAGE, Browser.encode(takeover)).statusCode())
                .isIn(302, 403);
        Browser editorWithoutToken = editor("es");
        assertThat(editorWithoutToken.postRaw(PAGE, Browser.encode(takeover)).statusCode())
                .isEqualTo(403);
        assertThat(streams.current("es").url()).isEqualTo("/streams/good.ogg");

        Browser admin = staff.signedIn(staff.withRole("The Admin", "ADMIN", null));
        assertThat(admin.post(PAGE, admin.get(PAGE).body(), Map.of("url", "/streams/admin.ogg", "name", "Admin"))
                        .statusCode())
                .isEqualTo(303);
        assertThat(streams.current("es").url()).isEqualTo("/streams/admin.ogg");
    }

    private HttpResponse<String> save(Browser editor, String url, String name, String schedule) {
        return save(editor, "es", url, name, schedule);
    }

    private HttpResponse<String> save(Browser editor, String edition, String url, String name, String schedule) {
        String path = "/" + edition + "/newsroom/listen-live";
        return editor.post(path, editor.get(path).body(), Map.of("url", url, "name", name, "schedule", schedule));
    }

    private String reader(String path) {
        HttpResponse<String> page = new Browser(port).get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private String publishedArticle(String edition) {
        long id = jdbc.sql("select min(id) from article where edition = :edition and state = 'PUBLISHED'")
                .param("edition", edition)
                .query(Long.class)
                .single();
        return path(id);
    }
}
