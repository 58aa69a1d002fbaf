package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A moderator edits a comment's text: the edit is audited with the text before and after, the earlier
 * text is kept as a revision, and the author gets a statement of reasons; stale, forged and hostile
 * edits change nothing.
 */
class ModerationEditTests extends ModerationWebTest {

    static final String ORIGINAL = "What damn nonsense.";

    String body(long comment) {
        return jdbc.sql("select body from comment where id = :id")
                .param("id", comment)
                .query(String.class)
                .single();
    }

    int revisions(long comment) {
        return jdbc.sql("select count(*) from comment_revision where comment_id = :id")
                .param("id", comment)
                .query(Integer.class)
                .single();
    }

    static Map<String, String> edit(String text) {
        return Map.of(
                "expected", "HELD", "version", ModerationQueue.version(ORIGINAL), "text", text, "reason", "profanity");
    }

    @Test
    void anEditIsAuditedKeepsTheEarlierTextAndTellsTheAuthor() {
        AccountId author = reader("Edited Author", "en");
        long held = heldComment("en", author);
        AccountId editor = moderator("Text Editor", "en");
        Browser moderator = signedIn(editor);
        String page = moderator.get("/en/moderation/held").body();
        assertThat(page).contains("name=\"version\" value=\"" + ModerationQueue.version(ORIGINAL) + "\"");

        HttpResponse<String> answer =
                moderator.post("/en/moderation/comments/" + held + "/edit?queue=held", page, edit("What nonsense."));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Edited: the earlier text is kept");
        assertThat(body(held)).isEqualTo("What nonsense.");
        assertThat(status(held)).isEqualTo("HELD");
        assertThat(jdbc.sql("select body || '|' || edited_by from comment_revision where comment_id = :id")
                        .param("id", held)
                        .query(String.class)
                        .single())
                .isEqualTo(ORIGINAL + "|" + editor.value());
        assertThat(jdbc.sql(
                                "select action || '|' || before_text || '|' || after_text || '|' || rule from moderation_audit"
                                        + " where target_type = 'comment' and target_id = :id")
                        .param("id", held)
                        .query(String.class)
                        .single())
                .isEqualTo("comment.edit|" + ORIGINAL + "|What nonsense.|profanity");
        long statement = jdbc.sql(
                        "select id from statement_of_reasons where comment_id = :id and restriction = 'COMMENT_EDITED'")
                .param("id", held)
                .query(Long.class)
                .single();
        assertThat(signedIn(author).get("/en/statements/" + statement).body())
                .contains("A moderator edited your comment");
        assertThat(letterTo(email(author), "statement of reasons")).isPresent();
        Browser admin = signedIn(admin("Edit Auditor"));
        assertThat(admin.get("/en/moderation/audit").body()).contains("Edited a comment", "What nonsense.");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode exported = JsonMapper.builder()
                .build()
                .readTree(admin.get("/en/moderation/statements.json?from=" + today + "&to=" + today)
                        .body())
                .get("statements");
        List<String> problems = new ArrayList<>();
        boolean isFound = false;
        for (JsonNode s : exported) {
            problems.addAll(DsaStatementFields.problems(s));
            isFound |= s.path("decision_visibility").toString().contains("DECISION_VISIBILITY_OTHER");
        }
        assertThat(problems).isEmpty();
        assertThat(isFound).isTrue();
    }

    @Test
    void ofTwoEditsFromTheSamePageOnlyTheFirstCountsAndAnAuthorsChangeWins() {
        long held = heldComment("en", reader("Twice Edited", "en"));
        long changed = heldComment("en", reader("Self Editor", "en"));
        Browser first = signedIn(moderator("First Editor", "en"));
        Browser second = signedIn(moderator("Second Editor", "en"));
        String firstPage = first.get("/en/moderation/held").body();
        String secondPage = second.get("/en/moderation/held").body();

        HttpResponse<String> won =
                first.post("/en/moderation/comments/" + held + "/edit?queue=held", firstPage, edit("What nonsense."));
        HttpResponse<String> lost = second.post(
                "/en/moderation/comments/" + held + "/edit?queue=held", secondPage, edit("What utter nonsense."));
        HttpResponse<String> again =
                first.post("/en/moderation/comments/" + held + "/edit?queue=held", firstPage, edit("What nonsense!"));
        jdbc.sql("update comment set body = 'I take it back.' where id = :id")
                .param("id", changed)
                .update();
        HttpResponse<String> stale =
                first.post("/en/moderation/comments/" + changed + "/edit?queue=held", firstPage, edit("Nonsense."));

        assertThat(won.statusCode()).isEqualTo(200);
        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(lost.body()).contains("Someone else decided on this first");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(body(held)).isEqualTo("What nonsense.");
        assertThat(body(changed)).isEqualTo("I take it back.");
        assertThat(revisions(held)).isEqualTo(1);
        assertThat(revisions(changed)).isZero();
        assertThat(auditCount("comment", held)).isEqualTo(1);
        assertThat(auditCount("comment", changed)).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "empty",
                "blank",
                "invisible",
                "huge",
                "control",
                "replacement",
                "unchanged",
                "rule",
                "version",
                "status",
                "missing",
                "elsewhere",
                "letters"
            })
    void badEditsAreRefusedClearlyAndChangeNothing(String kind) {
        long held = heldComment("en", reader("Guarded Text " + kind, "en"));
        long russian = heldComment("ru", reader("Иван " + kind, "ru"));
        Browser moderator = signedIn(moderator("Bad Editor " + kind, "en"));
        String page = moderator.get("/en/moderation/held").body();
        String csrf = ModerationConsoleTests.csrf(page);
        String version = ModerationQueue.version(ORIGINAL);
        String target = switch (kind) {
            case "missing" -> "999999999";
            case "elsewhere" -> Long.toString(russian);
            case "letters" -> "12abc";
            default -> Long.toString(held);
        };
        String fields = switch (kind) {
            case "empty" -> "text=";
            case "blank" -> "text=+++%0A%0A+";
            case "invisible" -> "text=%E2%80%8B%E2%80%8B";
            case "huge" -> "text=" + "x".repeat(2_001);
            case "control" -> "text=ok%1B%5B31m";
            case "replacement" -> "text=%EF%BF%BD";
            case "unchanged" -> "text=What+damn+nonsense.";
            case "rule" -> "text=Fine.&reason=%27%3B+drop+table+comment%3B+--";
            case "version" -> "text=Fine.&version=forged";
            case "status" -> "text=Fine.&expected=PUBLISHED";
            default -> "text=Fine.";
        };
        String body = "_csrf=" + csrf + "&" + fields
                + (fields.contains("version=") ? "" : "&version=" + version)
                + (fields.contains("expected=") ? "" : "&expected=HELD")
                + (fields.contains("reason=") ? "" : "&reason=profanity");

        HttpResponse<String> answer = moderator.postRaw("/en/moderation/comments/" + target + "/edit?queue=held", body);

        int expected = switch (kind) {
            case "missing", "elsewhere", "letters" -> 404;
            case "version", "status" -> 409;
            default -> 422;
        };
        assertThat(answer.statusCode()).isEqualTo(expected);
        String told = switch (kind) {
            case "empty", "blank", "invisible" -> "The edited text is empty";
            case "huge" -> "The text is too long";
            case "control", "replacement" -> "cannot be stored";
            case "unchanged" -> "The text is the same as before";
            case "rule" -> "Choose one of the rules";
            case "version", "status" -> "Someone else decided on this first";
            case "letters" -> "";
            default -> "There is no such item in this edition";
        };
        assertThat(answer.body()).contains(told);
        assertThat(body(held)).isEqualTo(ORIGINAL);
        assertThat(body(russian)).isEqualTo(ORIGINAL);
        assertThat(revisions(held)).isZero();
        assertThat(auditCount("comment", held)).isZero();
        assertThat(auditCount("comment", russian)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script> ok", "'; drop table comment; -- ok", "Ünïcödé 😀 عربى"})
    void markupAndSqlLookingTextIsKeptAsTypedAndShownEscaped(String text) {
        long held = heldComment("en", reader("Escaped Edit", "en"));
        Browser moderator = signedIn(moderator("Escaping Editor", "en"));
        String page = moderator.get("/en/moderation/held").body();

        HttpResponse<String> answer =
                moderator.post("/en/moderation/comments/" + held + "/edit?queue=held", page, edit(text));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body(held)).isEqualTo(text);
        assertThat(moderator.get("/en/moderation/held").body()).doesNotContain("<script>alert");
    }

    @Test
    void onlyTheEditionsModeratorsMayEdit() {
        long held = heldComment("en", reader("Protected Text", "en"));
        Browser russian = signedIn(moderator("Чужой редактор", "ru"));
        Browser reader = signedIn(reader("Editing Reader", "en"));
        Browser stranger = new Browser(port);
        String russianPage = russian.get("/en/account").body();
        String readerPage = reader.get("/en/account").body();

        assertThat(russian.post("/en/moderation/comments/" + held + "/edit", russianPage, edit("Hacked."))
                        .statusCode())
                .isEqualTo(404);
        assertThat(russian.post("/ru/moderation/comments/" + held + "/edit", russianPage, edit("Hacked."))
                        .statusCode())
                .isEqualTo(404);
        assertThat(reader.post("/en/moderation/comments/" + held + "/edit", readerPage, edit("Hacked."))
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.postRaw("/en/moderation/comments/" + held + "/edit", "text=Hacked.&reason=profanity")
                        .statusCode())
                .isIn(302, 403);
        assertThat(body(held)).isEqualTo(ORIGINAL);
        assertThat(auditCount("comment", held)).isZero();
    }

    @Test
    void aRussianModeratorEditsInRussian() {
        heldComment("ru", reader("Автор правки", "ru"));
        String page = signedIn(moderator("Русский редактор", "ru"))
                .get("/ru/moderation/held")
                .body();

        assertThat(page).contains("Изменить текст", "Сохранить правку и сообщить автору");
    }
}
