package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An editor overriding when one article's discussion closes: closed now, open until a day, never, or
 * the edition's rule again. The discussion honours it on the page and on the server; bad choices and
 * strangers change nothing.
 */
class NewsroomDiscussionClosingTests extends NewsroomWebTest {

    private static final Pattern SUBMIT = Pattern.compile("name=\"submit\" value=\"([^\"]+)\"");

    @Test
    void aClosedDiscussionLosesItsFormAndRefusesADirectPostUntilReopened() {
        Browser editor = editor("en");
        long id = published(editor, "en", "Harbour closing vote");
        Browser reader = staff.signedIn(staff.reader("Closing Reader", "en"));
        String open = reader.get(discussion("en", id)).body();
        assertThat(open).contains("name=\"submit\"");

        assertThat(choose(editor, "en", id, Map.of("closing", "closed")).statusCode())
                .isEqualTo(303);

        String closed = reader.get(discussion("en", id)).body();
        assertThat(closed).doesNotContain("name=\"submit\"").contains("This discussion closed on");
        HttpResponse<String> posted =
                reader.post(discussion("en", id), open, Map.of("text", "Still here?", "submit", submitKey(open)));
        assertThat(posted.statusCode()).isEqualTo(422);
        assertThat(posted.body()).contains("This discussion is closed");
        assertThat(comments(id)).isZero();

        assertThat(choose(editor, "en", id, Map.of("closing", "never")).statusCode())
                .isEqualTo(303);
        String reopened = reader.get(discussion("en", id)).body();
        assertThat(reopened).contains("name=\"submit\"");
        reader.post(
                discussion("en", id),
                reopened,
                Map.of("text", "Glad the vote is open again.", "submit", submitKey(reopened)));
        assertThat(comments(id)).isEqualTo(1);
    }

    @Test
    void aReplyIsRefusedOnceTheDiscussionIsClosed() {
        Browser editor = editor("en");
        long id = published(editor, "en", "Ferry timetable change");
        Browser reader = staff.signedIn(staff.reader("Replying Reader", "en"));
        String page = reader.get(discussion("en", id)).body();
        reader.post(
                discussion("en", id),
                page,
                Map.of("text", "The new timetable suits commuters.", "submit", submitKey(page)));
        long parent = jdbc.sql("select id from comment where article_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        String again = reader.get(discussion("en", id)).body();

        choose(editor, "en", id, Map.of("closing", "closed"));
        HttpResponse<String> reply = reader.post(
                discussion("en", id),
                again,
                Map.of("text", "Agreed.", "parent", String.valueOf(parent), "submit", submitKey(again)));

        assertThat(reply.body()).contains("This discussion is closed");
        assertThat(comments(id)).isEqualTo(1);
    }

    @Test
    void openUntilADayKeepsItOpenThroughThatDayInTheEditionsTimeZone() {
        Browser editor = editor("ru");
        long id = published(editor, "ru", "Голосование о порте");
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(3);

        HttpResponse<String> saved = choose(editor, "ru", id, Map.of("closing", "until", "until", day.toString()));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(setting(id))
                .isEqualTo(List.of(
                        "UNTIL",
                        day.plusDays(1)
                                .atStartOfDay(ZoneId.of("Europe/Moscow"))
                                .toInstant()
                                .toString()));
        String form = editor.get("/ru/newsroom/articles/" + id).body();
        assertThat(form).contains("value=\"" + day + "\"").contains("value=\"until\" checked");

        assertThat(choose(editor, "ru", id, Map.of("closing", "edition")).statusCode())
                .isEqualTo(303);
        assertThat(setting(id)).containsExactly(null, null);
    }

    @Test
    void badChoicesAreRefusedWithALocalisedMessageAndChangeNothing() {
        Browser editor = editor("ru");
        long id = published(editor, "ru", "Новый мост через реку");
        choose(editor, "ru", id, Map.of("closing", "never"));
        String yesterday =
                LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(2).toString();
        Map<Map<String, String>, String> bad = new HashMap<>();
        bad.put(Map.of("closing", "until", "until", yesterday), "Этот день уже прошёл");
        bad.put(Map.of("closing", "until", "until", "2027-02-30"), "правильную дату");
        bad.put(Map.of("closing", "until", "until", ""), "правильную дату");
        bad.put(Map.of("closing", "until"), "правильную дату");
        bad.put(Map.of("closing", "until", "until", "<script>alert(1)</script>"), "правильную дату");
        bad.put(Map.of("closing", "until", "until", "2027-01-01' or '1'='1"), "правильную дату");
        bad.put(Map.of("closing", "until", "until", "9".repeat(10_000)), "правильную дату");
        bad.put(Map.of("closing", "until", "until", "+99999-01-01"), "правильную дату");
        bad.put(Map.of("closing", "until", "until", "9999-12-31"), "слишком далеко");
        bad.put(Map.of("closing", "<b>closed</b>"), "Выберите одну из настроек");
        bad.put(Map.of("closing", "CLOSED; drop table article"), "Выберите одну из настроек");
        bad.put(Map.of("until", "2030-01-01"), "Выберите одну из настроек");
        bad.put(Map.of("closing", "x".repeat(10_000)), "Выберите одну из настроек");

        bad.forEach((fields, message) -> {
            HttpResponse<String> answer = choose(editor, "ru", id, fields);
            assertThat(answer.statusCode()).as(fields.toString()).isEqualTo(422);
            assertThat(answer.body()).as(fields.toString()).contains(message).doesNotContain("<script>alert");
            assertThat(setting(id)).as(fields.toString()).containsExactly("NEVER", null);
        });

        String page = editor.get("/ru/newsroom/articles/" + id).body();
        HttpResponse<String> broken = editor.postRaw(
                "/ru/newsroom/articles/" + id + "/discussion",
                "_csrf=" + csrf(page) + "&closing=until&until=%ED%A0%80%FF");
        // Tomcat refuses the undecodable parameters before any handler: the localised 400 page
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("Exception");
        assertThat(setting(id)).containsExactly("NEVER", null);
    }

    @Test
    void onlyTheEditionsEditorsMayChangeIt() {
        long id = published(editor("en"), "en", "Council budget vote");
        for (Browser someone : List.of(
                staff.signedIn(staff.reader("Nosy Reader", "en")),
                staff.signedIn(staff.withRole("A Moderator", "MODERATOR", "en")),
                editor("ru"))) {
            String anyPage = someone.get("/en/account").body();
            for (String edition : List.of("en", "ru")) {
                HttpResponse<String> answer = someone.post(
                        "/" + edition + "/newsroom/articles/" + id + "/discussion",
                        anyPage,
                        Map.of("closing", "closed"));
                assertThat(answer.statusCode()).isEqualTo(404);
            }
        }
        Browser stranger = new Browser(port);
        String home = stranger.get("/en").body();
        assertThat(stranger.post("/en/newsroom/articles/" + id + "/discussion", home, Map.of("closing", "closed"))
                        .statusCode())
                .isIn(302, 403);
        assertThat(setting(id)).containsExactly(null, null);

        Browser admin = staff.signedIn(staff.withRole("An Administrator", "ADMIN", null));
        assertThat(choose(admin, "en", id, Map.of("closing", "closed")).statusCode())
                .isEqualTo(303);
        assertThat(setting(id).get(0)).isEqualTo("CLOSED");
    }

    @Test
    void theEditionDefaultSaysWhenThisArticlesDiscussionClosesOrHowLongAfterPublication() {
        Browser editor = editor("ru");
        long id = published(editor, "ru", "Расписание паромов");
        Instant closes = jdbc.sql("select published_at from article where id = :id")
                .param("id", id)
                .query(Timestamp.class)
                .single()
                .toInstant()
                .plus(Duration.ofDays(14));
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"))
                .format(closes.atZone(ZoneId.of("Europe/Moscow")));
        Map<String, String> draft = article("Черновик о мосте");
        draft.put(
                "section",
                jdbc.sql("select slug from section where edition = 'ru' order by id limit 1")
                        .query(String.class)
                        .single());
        long unpublished = create(editor, "ru", draft);
        Browser english = editor("en");
        long englishId = published(english, "en", "Ferry fares frozen");

        assertThat(editor.get("/ru/newsroom/articles/" + id).body())
                .contains("Как в издании (дата закрытия: " + day + ")");
        assertThat(editor.get("/ru/newsroom/articles/" + unpublished).body())
                .contains("Как в издании (закрывается через 14 дн. после публикации)")
                .doesNotContain("дата закрытия");
        assertThat(english.get("/en/newsroom/articles/" + englishId).body())
                .contains("Edition default (closing date: ");
    }

    private HttpResponse<String> choose(Browser editor, String edition, long id, Map<String, String> fields) {
        String page = editor.get("/" + edition + "/newsroom/articles/" + id).body();
        return editor.post("/" + edition + "/newsroom/articles/" + id + "/discussion", page, fields);
    }

    private static String discussion(String edition, long id) {
        return "/" + edition + "/discussion/" + id;
    }

    private static String submitKey(String page) {
        Matcher m = SUBMIT.matcher(page);
        assertThat(m.find()).as("a comment form").isTrue();
        return m.group(1);
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private long comments(long article) {
        return jdbc.sql("select count(*) from comment where article_id = :id")
                .param("id", article)
                .query(Long.class)
                .single();
    }

    /** The stored choice and its time, as text. */
    private List<String> setting(long article) {
        return jdbc.sql("select discussion_closing, discussion_until from article where id = :id")
                .param("id", article)
                .query((rs, n) -> {
                    Timestamp until = rs.getTimestamp(2);
                    return java.util.Arrays.asList(
                            rs.getString(1),
                            until == null ? null : until.toInstant().toString());
                })
                .single();
    }
}
