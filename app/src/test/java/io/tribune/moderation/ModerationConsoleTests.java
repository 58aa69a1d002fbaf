package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.support.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The queues and the decisions on their comments, through the console's pages and forms. */
class ModerationConsoleTests extends ModerationWebTest {

    private static final Pattern ITEM = Pattern.compile("id=\"item-(\\d+)\"");

    @Test
    void heldQueueShowsTheCommentWithItsRuleScoreAndHighlightedEvidence() {
        AccountId author = reader("Evidence Author", "en");
        long held = heldComment("en", author);
        Browser moderator = signedIn(moderator("Queue Keeper", "en"));

        HttpResponse<String> page = moderator.get("/en/moderation/held");

        assertThat(page.statusCode()).isEqualTo(200);
        String item = item(page.body(), held);
        assertThat(item)
                .contains("Evidence Author")
                .contains("What <mark title=\"damn\">damn</mark> nonsense.")
                .contains("No profanity")
                .contains("0.91")
                .contains("name=\"expected\" value=\"HELD\"")
                .contains("data-key=\"a\"")
                .contains("data-key=\"r\"");
        assertThat(page.body()).containsPattern("Held <span class=\"console-tabs__count\">[1-9]\\d*</span>");
    }

    @Test
    void approvingAHeldCommentPublishesItAndIsAudited() {
        long held = heldComment("en", reader("Patient Author", "en"));
        AccountId keeper = moderator("Approver", "en");
        Browser moderator = signedIn(keeper);
        String page = moderator.get("/en/moderation/held").body();

        HttpResponse<String> answer = moderator.post(
                "/en/moderation/comments/" + held + "/approve?queue=held", page, Map.of("expected", "HELD"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Approved: the comment is published.");
        assertThat(status(held)).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("select actor_id, action, before_state, after_state from moderation_audit"
                                + " where target_type = 'comment' and target_id = :id")
                        .param("id", held)
                        .query((rs, n) ->
                                rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                        .single())
                .isEqualTo(keeper.value() + " comment.approve HELD PUBLISHED");
    }

    /**
     * A page elsewhere that makes a signed-in moderator's browser post to the console carries no form
     * token: every action is refused and the comment, its author and the audit log stay as they were.
     */
    @ParameterizedTest
    @ValueSource(strings = {"approve", "reject", "edit", "block"})
    void aCrossSitePostToAConsoleActionIsRefusedAndChangesNothing(String action) {
        AccountId author = reader("Forged Target " + action, "en");
        long held = heldComment("en", author);
        Browser moderator = signedIn(moderator("Tricked " + action, "en"));
        moderator.get("/en/moderation/held");
        int audited = jdbc.sql("select count(*) from moderation_audit")
                .query(Integer.class)
                .single();
        String path = action.equals("block")
                ? "/en/moderation/accounts/" + author.value() + "/block"
                : "/en/moderation/comments/" + held + "/" + action;

        HttpResponse<String> answer =
                moderator.postRaw(path, "expected=HELD&reason=spam&note=x&text=Rewritten&queue=held");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(status(held)).isEqualTo("HELD");
        assertThat(jdbc.sql("select count(*) from moderation_audit")
                        .query(Integer.class)
                        .single())
                .isEqualTo(audited);
        assertThat(jdbc.sql("select count(*) from account_block where account_id = :id")
                        .param("id", author.value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void rejectingRecordsTheRuleTheNoteAndAStatementOfReasons() {
        AccountId author = reader("Rejected Author", "en");
        long held = heldComment("en", author);
        Browser moderator = signedIn(moderator("Rejecter", "en"));
        String page = moderator.get("/en/moderation/held").body();

        HttpResponse<String> answer = moderator.post(
                "/en/moderation/comments/" + held + "/reject?queue=held",
                page,
                Map.of("expected", "HELD", "reason", "insult_threat", "note", "Please keep it civil."));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(status(held)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select rule from comment where id = :id")
                        .param("id", held)
                        .query(String.class)
                        .single())
                .isEqualTo("insult_threat");
        assertThat(jdbc.sql("select reason from moderation_audit where target_type = 'comment' and target_id = :id")
                        .param("id", held)
                        .query(String.class)
                        .single())
                .isEqualTo("Please keep it civil.");
        assertThat(jdbc.sql("select automated_decision || ' ' || rule from statement_of_reasons where comment_id = :id")
                        .param("id", held)
                        .query(String.class)
                        .single())
                .isEqualTo("NOT insult_threat");
        assertThat(letterTo(email(author), "statement of reasons")).isPresent();
    }

    @Test
    void ofTwoModeratorsActingOnTheSameCommentOneWinsAndTheOtherIsTold() {
        long held = heldComment("en", reader("Contested Author", "en"));
        Browser first = signedIn(moderator("First Moderator", "en"));
        Browser second = signedIn(moderator("Second Moderator", "en"));
        String firstPage = first.get("/en/moderation/held").body();
        String secondPage = second.get("/en/moderation/held").body();

        HttpResponse<String> won = first.post(
                "/en/moderation/comments/" + held + "/approve?queue=held", firstPage, Map.of("expected", "HELD"));
        HttpResponse<String> lost = second.post(
                "/en/moderation/comments/" + held + "/reject?queue=held",
                secondPage,
                Map.of("expected", "HELD", "reason", "profanity"));

        assertThat(won.statusCode()).isEqualTo(200);
        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(lost.body()).contains("Someone else decided on this first; nothing was changed.");
        assertThat(status(held)).isEqualTo("PUBLISHED");
        assertThat(auditCount("comment", held)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from statement_of_reasons where comment_id = :id")
                        .param("id", held)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void actingTwiceOnTheSameCommentChangesItOnce() {
        long held = heldComment("en", reader("Twice Author", "en"));
        Browser moderator = signedIn(moderator("Double Clicker", "en"));
        String page = moderator.get("/en/moderation/held").body();

        moderator.post("/en/moderation/comments/" + held + "/approve?queue=held", page, Map.of("expected", "HELD"));
        HttpResponse<String> again = moderator.post(
                "/en/moderation/comments/" + held + "/approve?queue=held", page, Map.of("expected", "HELD"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(auditCount("comment", held)).isEqualTo(1);
    }

    @Test
    void forgedIdsAreRefusedClearlyAndChangeNothing() {
        AccountId author = reader("Forged Author", "en");
        long held = heldComment("en", author);
        long russian = heldComment("ru", reader("Иван", "ru"));
        Browser moderator = signedIn(moderator("Forger", "en"));
        String page = moderator.get("/en/moderation/held").body();
        int audited = count("moderation_audit");

        HttpResponse<String> missing = moderator.post(
                "/en/moderation/comments/999999999/approve?queue=held", page, Map.of("expected", "HELD"));
        HttpResponse<String> elsewhere = moderator.post(
                "/en/moderation/comments/" + russian + "/approve?queue=held", page, Map.of("expected", "HELD"));
        HttpResponse<String> notANumber =
                moderator.post("/en/moderation/comments/12abc/approve", page, Map.of("expected", "HELD"));
        HttpResponse<String> hugeNumber = moderator.post(
                "/en/moderation/comments/99999999999999999999999/approve", page, Map.of("expected", "HELD"));
        HttpResponse<String> badStatus = moderator.post(
                "/en/moderation/comments/" + held + "/approve?queue=held", page, Map.of("expected", "'; drop table"));
        HttpResponse<String> badRule = moderator.post(
                "/en/moderation/comments/" + held + "/reject?queue=held",
                page,
                Map.of("expected", "HELD", "reason", "no_such_rule"));
        HttpResponse<String> noAccount =
                moderator.post("/en/moderation/accounts/999999999/block?queue=held", page, Map.of("reason", "spam"));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no such item in this edition");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(notANumber.statusCode()).isEqualTo(404);
        assertThat(hugeNumber.statusCode()).isEqualTo(404);
        assertThat(badStatus.statusCode()).isEqualTo(409);
        assertThat(badRule.statusCode()).isEqualTo(422);
        assertThat(badRule.body()).contains("Choose one of the rules");
        assertThat(noAccount.statusCode()).isEqualTo(404);
        assertThat(status(held)).isEqualTo("HELD");
        assertThat(status(russian)).isEqualTo("HELD");
        assertThat(count("moderation_audit")).isEqualTo(audited);
    }

    @ParameterizedTest
    @ValueSource(strings = {"huge", "replacement", "control", "undecodable"})
    void aHostileNoteIsRefusedAndNothingChanges(String kind) {
        long held = heldComment("en", reader("Noted Author", "en"));
        Browser moderator = signedIn(moderator("Note Writer " + kind, "en"));
        String page = moderator.get("/en/moderation/held").body();
        String csrf = csrf(page);
        String note = switch (kind) {
            case "huge" -> "x".repeat(ModerationQueue.MAX_NOTE + 1);
            // what a browser sends for text it could not encode
            case "replacement" -> "%EF%BF%BD";
            // the bytes of a lone surrogate: not UTF-8 at all
            case "undecodable" -> "%ED%A0%80";
            default -> "%1B%5B31m";
        };

        HttpResponse<String> answer = moderator.postRaw(
                "/en/moderation/comments/" + held + "/reject?queue=held",
                "_csrf=" + csrf + "&expected=HELD&reason=spam&note=" + note);

        if (kind.equals("undecodable")) {
            // the container refuses a body that is not UTF-8 before any handler reads it
            assertThat(answer.statusCode()).isEqualTo(400);
        } else {
            assertThat(answer.statusCode()).isEqualTo(422);
            assertThat(answer.body()).contains(kind.equals("huge") ? "The text is too long" : "cannot be stored");
        }
        assertThat(status(held)).isEqualTo("HELD");
        assertThat(auditCount("comment", held)).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert('x')</script>",
                "'; drop table comment; --",
                "**bold** [link](javascript:alert(1))",
                "   ",
                "Ünïcödé 😀 عربى"
            })
    void markupAndSqlLookingNotesAreKeptAsTypedAndShownEscaped(String note) {
        AccountId author = reader("Escaped Author", "en");
        long held = heldComment("en", author);
        Browser moderator = signedIn(moderator("Escaper", "en"));
        String page = moderator.get("/en/moderation/held").body();

        HttpResponse<String> answer = moderator.post(
                "/en/moderation/comments/" + held + "/reject?queue=held",
                page,
                Map.of("expected", "HELD", "reason", "spam", "note", note));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(status(held)).isEqualTo("REJECTED");
        assertThat(count("comment")).isPositive();
        String kept = jdbc.sql("select note from statement_of_reasons where comment_id = :id")
                .param("id", held)
                .query(String.class)
                .optional()
                .orElse(null);
        assertThat(kept).isEqualTo(note.isBlank() ? null : note.strip());
        long statement = jdbc.sql("select id from statement_of_reasons where comment_id = :id")
                .param("id", held)
                .query(Long.class)
                .single();
        String shown = signedIn(author).get("/en/statements/" + statement).body();
        assertThat(shown).doesNotContain("<script>alert");
        if (note.startsWith("<script>")) {
            assertThat(shown).contains("&lt;script&gt;");
        }
    }

    @Test
    void aPageHoldsFiftyAndTheNextContinuesWithoutOverlapInEitherOrder() {
        AccountId author = reader("Prolific Author", "en");
        long article = article("en");
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            made.add(comment(article, "en", author, "HELD", "spam", "Buy now number " + i, "{}"));
        }
        Browser moderator = signedIn(moderator("Pager", "en"));
        String filter = "/en/moderation/held?author=" + author.value();

        String first = moderator.get(filter).body();
        Matcher next = Pattern.compile("href=\"([^\"]*after=\\d+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        String second = moderator.get(next.group(1).replace("&amp;", "&")).body();
        String oldest = moderator.get(filter + "&order=oldest").body();

        assertThat(items(first)).hasSize(50).isEqualTo(made.reversed().subList(0, 50));
        assertThat(items(second)).isEqualTo(made.reversed().subList(50, 75));
        assertThat(items(oldest)).isEqualTo(made.subList(0, 50));
        assertThat(second).doesNotContain("console-next");
    }

    @Test
    void queuesFilterByRuleArticleAndAuthor() {
        AccountId author = reader("Filtered Author", "en");
        AccountId other = reader("Other Author", "en");
        long article = article("en");
        long spam = comment(article, "en", author, "HELD", "spam", "Cheap pills here", "{}");
        long profane = heldComment("en", author);
        long others = comment(article, "en", other, "HELD", "spam", "More cheap pills", "{}");
        Browser moderator = signedIn(moderator("Filterer", "en"));

        List<Long> byRule = items(moderator
                .get("/en/moderation/held?rule=spam&author=" + author.value())
                .body());
        List<Long> byAuthor = items(
                moderator.get("/en/moderation/held?author=" + other.value()).body());
        List<Long> byArticle = items(moderator
                .get("/en/moderation/held?article=" + article + "&author=" + author.value())
                .body());

        assertThat(byRule).containsExactly(spam);
        assertThat(byAuthor).containsExactly(others);
        assertThat(byArticle).contains(spam, profane).doesNotContain(others);
        assertThat(moderator.get("/en/moderation/held?author=x1").statusCode()).isEqualTo(400);
        assertThat(moderator.get("/en/moderation/held?order=sideways").statusCode())
                .isEqualTo(400);
        assertThat(moderator.get("/en/moderation/held?rule=%3Cscript%3E").statusCode())
                .isEqualTo(400);
    }

    @Test
    void reportedQueueShowsReportsAndDismissingThemKeepsTheCommentUp() {
        AccountId author = reader("Reported Author", "en");
        long article = article("en");
        long published = comment(article, "en", author, "PUBLISHED", null, "A perfectly fine opinion.", "{}");
        AccountId reporter = reader("Reporter", "en");
        jdbc.sql("insert into comment_report (comment_id, reporter_id, reason, weight, created_at)"
                        + " values (:c, :r, 'trolling', 1, current_timestamp)")
                .param("c", published)
                .param("r", reporter.value())
                .update();
        Browser moderator = signedIn(moderator("Report Reader", "en"));

        String page = moderator.get("/en/moderation/reported").body();
        assertThat(item(page, published)).contains("Readers reported it:").contains("× 1");
        HttpResponse<String> answer = moderator.post(
                "/en/moderation/comments/" + published + "/approve?queue=reported",
                page,
                Map.of("expected", "PUBLISHED"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(status(published)).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("select outcome from comment_report where comment_id = :c")
                        .param("c", published)
                        .query(String.class)
                        .single())
                .isEqualTo("DISMISSED");
        assertThat(items(moderator.get("/en/moderation/reported").body())).doesNotContain(published);
    }

    @Test
    void htmxGetsTheItemsPlaceBackWithTheAnswer() {
        long held = heldComment("en", reader("Htmx Author", "en"));
        Browser moderator = signedIn(moderator("Htmx Moderator", "en"));
        String page = moderator.get("/en/moderation/held").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf(page));
        fields.put("expected", "HELD");

        HttpResponse<String> answer =
                htmxPost(moderator, "/en/moderation/comments/" + held + "/approve?queue=held", Browser.encode(fields));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .startsWith("<article class=\"review review--answered\" id=\"item-" + held + "\"")
                .contains("Approved")
                .doesNotContain("<html");
        assertThat(status(held)).isEqualTo("PUBLISHED");
    }

    @Test
    void administratorsReadEveryActionInTheAuditLog() {
        AccountId author = reader("Audited Author", "en");
        long approved = heldComment("en", author);
        long rejected = heldComment("en", author);
        AccountId keeper = moderator("Audited Moderator", "en");
        Browser moderator = signedIn(keeper);
        String page = moderator.get("/en/moderation/held").body();
        moderator.post("/en/moderation/comments/" + approved + "/approve?queue=held", page, Map.of("expected", "HELD"));
        moderator.post(
                "/en/moderation/comments/" + rejected + "/reject?queue=held",
                page,
                Map.of("expected", "HELD", "reason", "spam", "note", "Link farm <b>again</b>"));
        moderator.post(
                "/en/moderation/accounts/" + author.value() + "/block",
                page,
                Map.of("reason", "spam", "note", "Third time."));

        String log =
                signedIn(admin("Auditing Admin")).get("/en/moderation/audit").body();

        assertThat(log)
                .contains("Approved a comment (en)")
                .contains("comment " + approved)
                .contains("HELD → PUBLISHED")
                .contains("comment " + rejected)
                .contains("HELD → REJECTED")
                .contains("Link farm &lt;b&gt;again&lt;/b&gt;")
                .contains("account " + author.value())
                .contains("ACTIVE → BLOCKED")
                .contains("Third time.")
                .contains("<td>" + keeper.value() + "</td>");
    }

    @Test
    void theAuthorViewShowsTheirRecordBlocksAndStatements() {
        AccountId author = reader("Recorded Author", "en");
        long article = article("en");
        comment(article, "en", author, "PUBLISHED", null, "Fine words.", "{}");
        comment(article, "en", author, "PUBLISHED", null, "More fine words.", "{}");
        long held = heldComment("en", author);
        Browser moderator = signedIn(moderator("Author Reader", "en"));
        String page = moderator.get("/en/moderation/held").body();
        moderator.post(
                "/en/moderation/comments/" + held + "/reject?queue=held",
                page,
                Map.of("expected", "HELD", "reason", "profanity"));
        moderator.post("/en/moderation/accounts/" + author.value() + "/block", page, Map.of("reason", "profanity"));

        HttpResponse<String> view = moderator.get("/en/moderation/authors/" + author.value());

        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body())
                .contains("Author: Recorded Author")
                .contains("2 published, 0 held, 1 rejected, 0 deleted by the author")
                .contains("33 %")
                .contains("0 filed, 0 upheld by moderators")
                .contains("No profanity")
                .contains("Your account was blocked from the discussions")
                .contains("Your comment was removed from the discussion");
        assertThat(moderator.get("/en/moderation/authors/999999999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRussianModeratorWorksInRussian() {
        AccountId author = reader("Пётр", "ru");
        comment(
                article("ru"),
                "ru",
                author,
                "HELD",
                "flood",
                "Ещё раз то же самое.",
                "{\"decision\":\"hold\",\"rules\":[{\"rule\":\"flood\",\"score\":0.8,\"action\":\"hold\","
                        + "\"evidence\":[{\"per\":\"author\",\"count\":7,\"windowSeconds\":60,\"limit\":5}]}]}");
        Browser moderator = signedIn(moderator("Модератор", "ru"));

        String page =
                moderator.get("/ru/moderation/held?author=" + author.value()).body();

        assertThat(page)
                .contains("Задержанные комментарии")
                .contains("Одобрить")
                .contains("7 комментариев автора за 60 с (предел 5)")
                .contains("<td>задержать</td>")
                .doesNotContain("Approve")
                .doesNotContain("rate per");
    }

    /** A form post as htmx sends it, with the client's cookies. */
    HttpResponse<String> htmxPost(Browser browser, String path, String body) {
        try {
            return HttpClient.newBuilder()
                    .cookieHandler(browser.cookies())
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("HX-Request", "true")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<Long> items(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ITEM.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    static String item(String page, long id) {
        int start = page.indexOf("id=\"item-" + id + "\"");
        assertThat(start).as("item " + id + " on the page").isNotNegative();
        return page.substring(start, page.indexOf("</article>", start));
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
