package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.CommentTakenDown;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flash-mob clusters queue: held comments the flash-mob rule found near-identical, one row per
 * cluster, and deciding on a cluster at once — each comment audited, each author told once, what
 * another moderator decided meanwhile left alone, forged or hostile input refused with nothing changed.
 */
class ModerationClusterTests extends ModerationWebTest {

    static String members(List<Long> ids) {
        return ids.stream().map(id -> "member=" + id).collect(Collectors.joining("&"));
    }

    int statements(AccountId author) {
        return jdbc.sql("select count(*) from statement_of_reasons where account_id = :id")
                .param("id", author.value())
                .query(Integer.class)
                .single();
    }

    @Test
    void theQueueShowsOneRowPerClusterWithItsMembers() {
        List<Long> big = cluster("en", reader("Mob One", "en"), reader("Mob Two", "en"), reader("Mob Three", "en"));
        List<Long> small = cluster("en", reader("Pair One", "en"), reader("Pair Two", "en"));
        long unrelated = heldComment("en", reader("Just Rude", "en"));
        Browser moderator = signedIn(moderator("Cluster Reader", "en"));

        String page = moderator.get("/en/moderation/clusters").body();

        assertThat(page).contains("3 held comments from 3 accounts", "2 held comments from 2 accounts");
        assertThat(page).contains("id=\"cluster-" + big.getLast() + "\"", "id=\"cluster-" + small.getLast() + "\"");
        for (long id : big) {
            assertThat(page).contains("value=\"" + id + "\"");
        }
        assertThat(page).doesNotContain("value=\"" + unrelated + "\"");
        assertThat(page).contains("Reject the whole cluster");
        int rows = 0;
        String shown = page;
        while (true) {
            int here = shown.split("class=\"review cluster\"", -1).length - 1;
            assertThat(here).isLessThanOrEqualTo(ModerationQueue.CLUSTER_PAGE);
            rows += here;
            java.util.regex.Matcher next =
                    java.util.regex.Pattern.compile("clusters\\?after=(\\d+)").matcher(shown);
            if (!next.find()) {
                break;
            }
            shown = moderator
                    .get("/en/moderation/clusters?after=" + next.group(1))
                    .body();
        }
        assertThat(rows).isGreaterThanOrEqualTo(2);
        assertThat(page)
                .contains(
                        "/en/moderation/clusters\" aria-current=\"page\">Flash mobs <span class=\"console-tabs__count\">"
                                + rows + "</span>");
    }

    @Test
    void rejectingTheWholeClusterRejectsEachAuditsEachAndTellsEachAuthorOnce() {
        AccountId twice = reader("Twice In The Mob", "en");
        AccountId once = reader("Once In The Mob", "en");
        List<Long> ids = cluster("en", twice, once, twice);
        Browser moderator = signedIn(moderator("Cluster Rejecter", "en"));
        String page = moderator.get("/en/moderation/clusters").body();

        HttpResponse<String> answer = moderator.postRaw(
                "/en/moderation/clusters/reject",
                "_csrf=" + ModerationConsoleTests.csrf(page) + "&" + members(ids)
                        + "&reason=flash_mob&note=Coordinated");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Rejected 3 comments");
        for (long id : ids) {
            assertThat(status(id)).isEqualTo("REJECTED");
            assertThat(auditCount("comment", id)).isEqualTo(1);
        }
        assertThat(statements(twice)).isEqualTo(1);
        assertThat(statements(once)).isEqualTo(1);
        assertThat(jdbc.sql("select facts from statement_of_reasons where account_id = :id")
                        .param("id", twice.value())
                        .query(String.class)
                        .single())
                .contains("2 comments were rejected together");
        assertThat(letterTo(email(once), "statement of reasons")).isPresent();
        assertThat(moderator.get("/en/moderation/clusters").body())
                .doesNotContain("id=\"cluster-" + ids.getLast() + "\"");
    }

    @Test
    void whatAnotherModeratorDecidedMeanwhileIsLeftAndCounted() {
        AccountId approvedAuthor = reader("Approved Meanwhile", "en");
        List<Long> ids = cluster("en", reader("Mob A", "en"), approvedAuthor, reader("Mob C", "en"));
        Browser first = signedIn(moderator("Quick Approver", "en"));
        Browser second = signedIn(moderator("Slow Rejecter", "en"));
        String firstPage = first.get("/en/moderation/held").body();
        String secondPage = second.get("/en/moderation/clusters").body();
        first.post(
                "/en/moderation/comments/" + ids.get(1) + "/approve?queue=held", firstPage, Map.of("expected", "HELD"));

        HttpResponse<String> answer = second.postRaw(
                "/en/moderation/clusters/reject",
                "_csrf=" + ModerationConsoleTests.csrf(secondPage) + "&" + members(ids) + "&reason=flash_mob");
        HttpResponse<String> again = second.postRaw(
                "/en/moderation/clusters/reject",
                "_csrf=" + ModerationConsoleTests.csrf(secondPage) + "&" + members(ids) + "&reason=flash_mob");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Rejected 2 comments", "1 had been decided by someone else");
        assertThat(status(ids.get(0))).isEqualTo("REJECTED");
        assertThat(status(ids.get(1))).isEqualTo("PUBLISHED");
        assertThat(status(ids.get(2))).isEqualTo("REJECTED");
        assertThat(statements(approvedAuthor)).isZero();
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Someone else decided on this first");
        assertThat(auditCount("comment", ids.get(0))).isEqualTo(1);
        assertThat(auditCount("comment", ids.get(1))).isEqualTo(1);
    }

    @Test
    void approvingTheTickedMembersPublishesOnlyThem() {
        List<Long> ids = cluster("en", reader("Fan One", "en"), reader("Fan Two", "en"), reader("Fan Three", "en"));
        Browser moderator = signedIn(moderator("Cluster Approver", "en"));
        String page = moderator.get("/en/moderation/clusters").body();

        HttpResponse<String> answer = moderator.postRaw(
                "/en/moderation/clusters/approve",
                "_csrf=" + ModerationConsoleTests.csrf(page) + "&" + members(ids.subList(0, 2)) + "&reason=flash_mob");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Approved 2 comments");
        assertThat(status(ids.get(0))).isEqualTo("PUBLISHED");
        assertThat(status(ids.get(1))).isEqualTo("PUBLISHED");
        assertThat(status(ids.get(2))).isEqualTo("HELD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"elsewhere", "missing", "letters", "huge", "none", "tooMany", "rule", "note", "sqlRule"})
    void forgedOrHostileInputIsRefusedClearlyAndChangesNothing(String kind) {
        AccountId author = reader("Bulk Target " + kind, "en");
        List<Long> ids = cluster("en", author, reader("Bulk Other " + kind, "en"));
        long russian = cluster("ru", reader("Иван " + kind, "ru"), reader("Пётр " + kind, "ru"))
                .getFirst();
        Browser moderator = signedIn(moderator("Bulk Forger " + kind, "en"));
        String page = moderator.get("/en/moderation/clusters").body();
        int audited = count("moderation_audit");
        int issued = count("statement_of_reasons");
        String valid = members(ids);
        String body = switch (kind) {
            case "elsewhere" -> valid + "&member=" + russian + "&reason=flash_mob";
            case "missing" -> valid + "&member=999999999999&reason=flash_mob";
            case "letters" -> valid + "&member=12abc&reason=flash_mob";
            case "huge" -> valid + "&member=99999999999999999999999&reason=flash_mob";
            case "none" -> "reason=flash_mob";
            case "tooMany" -> valid + "&" + "member=1&".repeat(ModerationQueue.MAX_BULK) + "reason=flash_mob";
            case "rule" -> valid + "&reason=no_such_rule";
            case "sqlRule" -> valid + "&reason=%27%3B+drop+table+comment%3B+--";
            default -> valid + "&reason=flash_mob&note=%ED%A0%80%1B";
        };

        HttpResponse<String> answer = moderator.postRaw(
                "/en/moderation/clusters/reject", "_csrf=" + ModerationConsoleTests.csrf(page) + "&" + body);

        int expected = switch (kind) {
            case "elsewhere", "missing", "letters", "huge" -> 404;
            case "note" -> 400;
            default -> 422;
        };
        assertThat(answer.statusCode()).isEqualTo(expected);
        String told = switch (kind) {
            case "elsewhere", "missing", "letters", "huge" -> "There is no such item in this edition";
            case "none" -> "Tick at least one comment";
            case "tooMany" -> "Too many comments at once";
            case "rule", "sqlRule" -> "Choose one of the rules";
            default -> "";
        };
        assertThat(answer.body()).contains(told);
        for (long id : ids) {
            assertThat(status(id)).isEqualTo("HELD");
        }
        assertThat(status(russian)).isEqualTo("HELD");
        assertThat(count("moderation_audit")).isEqualTo(audited);
        assertThat(count("statement_of_reasons")).isEqualTo(issued);
    }

    @Test
    void aControlCharacterInTheNoteIsRefused() {
        List<Long> ids = cluster("en", reader("Noted Mob One", "en"), reader("Noted Mob Two", "en"));
        Browser moderator = signedIn(moderator("Control Noter", "en"));
        String page = moderator.get("/en/moderation/clusters").body();

        HttpResponse<String> answer = moderator.postRaw(
                "/en/moderation/clusters/reject",
                "_csrf=" + ModerationConsoleTests.csrf(page) + "&" + members(ids) + "&reason=flash_mob&note=%1B%5B31m");
        HttpResponse<String> huge = moderator.postRaw(
                "/en/moderation/clusters/reject",
                "_csrf=" + ModerationConsoleTests.csrf(page) + "&" + members(ids) + "&reason=flash_mob&note="
                        + "x".repeat(ModerationQueue.MAX_NOTE + 1));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("cannot be stored");
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(huge.body()).contains("The text is too long");
        assertThat(status(ids.getFirst())).isEqualTo("HELD");
    }

    @Test
    void markupInTheNoteIsKeptAsTypedAndTheQueueShowsCommentsEscaped() {
        AccountId author = reader("<b>Bold Mob</b>", "en");
        List<Long> ids = cluster("en", author, reader("Plain Mob", "en"));
        Browser moderator = signedIn(moderator("Markup Noter", "en"));
        String page = moderator.get("/en/moderation/clusters").body();
        assertThat(page).doesNotContain("<b>Bold Mob</b>").contains("&lt;b&gt;Bold Mob&lt;/b&gt;");

        HttpResponse<String> answer = moderator.postRaw(
                "/en/moderation/clusters/reject",
                "_csrf=" + ModerationConsoleTests.csrf(page) + "&" + members(ids)
                        + "&reason=flash_mob&note=%3Cscript%3Ex%3C%2Fscript%3E+%27%3B+drop+table+comment%3B+--+%F0%9F%98%80");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select note from statement_of_reasons where account_id = :id")
                        .param("id", author.value())
                        .query(String.class)
                        .single())
                .isEqualTo("<script>x</script> '; drop table comment; -- 😀");
    }

    @Test
    void onlyTheEditionsModeratorsReachTheClustersQueueAndItsActions() {
        List<Long> ids = cluster("en", reader("Guarded One", "en"), reader("Guarded Two", "en"));
        Browser russian = signedIn(moderator("Чужой кластер", "ru"));
        Browser reader = signedIn(reader("Cluster Snoop", "en"));
        Browser stranger = new Browser(port);
        String russianPage = russian.get("/en/account").body();
        String readerPage = reader.get("/en/account").body();
        int audited = count("moderation_audit");

        assertThat(russian.get("/en/moderation/clusters").statusCode()).isEqualTo(404);
        assertThat(russian.get("/ru/moderation/clusters").statusCode()).isEqualTo(200);
        assertThat(russian.get("/ru/moderation/clusters").body()).doesNotContain("value=\"" + ids.getFirst() + "\"");
        assertThat(reader.get("/en/moderation/clusters").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/en/moderation/clusters").headers().firstValue("Location"))
                .hasValue("/en/account/login");
        for (String path : List.of("/en/moderation/clusters/reject", "/ru/moderation/clusters/reject")) {
            assertThat(russian.postRaw(
                                    path,
                                    "_csrf=" + ModerationConsoleTests.csrf(russianPage) + "&" + members(ids)
                                            + "&reason=flash_mob")
                            .statusCode())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(reader.postRaw(
                                "/en/moderation/clusters/approve",
                                "_csrf=" + ModerationConsoleTests.csrf(readerPage) + "&" + members(ids))
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.postRaw("/en/moderation/clusters/reject", members(ids) + "&reason=flash_mob")
                        .statusCode())
                .isIn(302, 403);
        for (long id : ids) {
            assertThat(status(id)).isEqualTo("HELD");
        }
        assertThat(count("moderation_audit")).isEqualTo(audited);
    }

    @Test
    void aPublishedCommentTheEngineTakesDownLaterGetsAStatementOfReasons() {
        AccountId author = reader("Early Mob Member", "en");
        long article = article("en");
        long early = comment(article, "en", author, "PUBLISHED", null, MOB_TEXT, "{\"decision\":\"publish\"}");
        long held = heldComment("en", reader("Held Not Down", "en"));

        transaction.executeWithoutResult(tx -> {
            jdbc.sql("update comment set status = 'REJECTED', rule = 'flash_mob' where id = :id")
                    .param("id", early)
                    .update();
            events.publishEvent(
                    new CommentTakenDown(early, article, "en", author.value(), CommentStatus.REJECTED, "flash_mob"));
            events.publishEvent(new CommentTakenDown(held, article, "en", 0, CommentStatus.HELD, "flood"));
        });

        assertThat(jdbc.sql("select automated_decision || ' ' || rule from statement_of_reasons where comment_id = :id")
                        .param("id", early)
                        .query(String.class)
                        .single())
                .isEqualTo("FULLY flash_mob");
        assertThat(jdbc.sql("select count(*) from statement_of_reasons where comment_id = :id")
                        .param("id", held)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(letterTo(email(author), "statement of reasons")).isPresent();
    }

    @Test
    void aRussianModeratorSeesTheClustersInRussian() {
        cluster("ru", reader("Мобер один", "ru"), reader("Мобер два", "ru"));
        String page = signedIn(moderator("Русский модератор кластеров", "ru"))
                .get("/ru/moderation/clusters")
                .body();

        assertThat(page).contains("Группы флешмобов", "Отклонить всю группу", "Задержано комментариев: 2");
    }
}
