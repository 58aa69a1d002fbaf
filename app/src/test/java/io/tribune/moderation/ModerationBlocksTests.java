package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.Blocks;
import io.tribune.discussion.NewComment;
import io.tribune.discussion.PostComment;
import io.tribune.discussion.Posting;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Blocks and unlock requests: a block keeps the reader out of the discussions at once and tells them
 * why; they may ask once to be unlocked; a moderator grants or refuses; a block after an unlock is final.
 */
class ModerationBlocksTests extends ModerationWebTest {

    @Autowired
    Blocks blocks;

    @Autowired
    PostComment postComment;

    @Test
    void aBlockedReaderArrivingAtADiscussionIsPointedToTheBlockedPage() {
        AccountId troll = reader("Arriving Troll", "en");
        AccountId neighbour = reader("Arriving Neighbour", "ru");
        Browser moderator = signedIn(moderator("Arrival Blocker", "en"));
        moderator.post(
                "/en/moderation/accounts/" + troll.value() + "/block",
                moderator.get("/en/account").body(),
                Map.of("reason", "trolling"));

        String discussion =
                signedIn(troll).get("/en/discussion/" + article("en")).body();
        String free = signedIn(neighbour).get("/ru/discussion/" + article("ru")).body();
        String russianTroll =
                signedIn(troll).get("/ru/discussion/" + article("ru")).body();

        assertThat(discussion)
                .contains("Your account is blocked from the discussions")
                .contains("href=\"/en/blocked\"");
        assertThat(russianTroll).contains("href=\"/ru/blocked\"", "Узнать почему и как попросить о разблокировке");
        assertThat(free).doesNotContain("/ru/blocked");
    }

    @Test
    void aBlockedReaderCannotPostAndIsToldWhyAndHowToAskForUnlocking() {
        AccountId troll = reader("Troll", "en");
        Browser moderator = signedIn(moderator("Blocker", "en"));
        String page = moderator.get("/en/account").body();

        HttpResponse<String> blocked = moderator.post(
                "/en/moderation/accounts/" + troll.value() + "/block",
                page,
                Map.of("reason", "trolling", "note", "Repeated personal attacks."));

        assertThat(blocked.statusCode()).isEqualTo(200);
        assertThat(blocks.isBlocked(troll)).isTrue();
        Posting refused = postComment.post(new NewComment(
                troll,
                "en",
                article("en"),
                null,
                "Let me in again.",
                UUID.randomUUID().toString(),
                "198.51.100.7"));
        assertThat(refused)
                .isInstanceOfSatisfying(
                        Posting.Refused.class, r -> assertThat(r.problem()).isEqualTo("discussion.error.blocked"));
        String own = signedIn(troll).get("/en/blocked").body();
        assertThat(own)
                .contains("Your account has been blocked from the discussions since")
                .contains("Repeated personal attacks.")
                .contains("No trolling")
                .contains("Restoration of account / unlock access")
                .containsPattern("name=\"account\" value=\"" + troll.value() + "\" readonly");
        assertThat(letterTo(email(troll), "statement of reasons")).isPresent();
        assertThat(auditCount("account", troll.value())).isEqualTo(1);
    }

    @Test
    void blockUnlockRequestGrantThenASecondBlockIsFinal() {
        AccountId reader = reader("Second Chance", "en");
        Browser moderator = signedIn(moderator("Gatekeeper", "en"));
        String console = moderator.get("/en/account").body();
        moderator.post("/en/moderation/accounts/" + reader.value() + "/block", console, Map.of("reason", "spam"));
        Browser own = signedIn(reader);
        String form = own.get("/en/blocked").body();

        HttpResponse<String> requested = own.post(
                "/en/blocked/unlock",
                form,
                Map.of("account", Long.toString(reader.value()), "explanation", "I posted links by mistake."));
        assertThat(requested.statusCode()).isEqualTo(200);
        assertThat(requested.body()).contains("Your request has been sent.");
        String queue = moderator.get("/en/moderation/unlock").body();
        assertThat(queue)
                .contains("I posted links by mistake.")
                .contains("Second Chance")
                .contains("Blocked under the rule No spam");
        long request = jdbc.sql("select id from unlock_request where account_id = :id")
                .param("id", reader.value())
                .query(Long.class)
                .single();

        HttpResponse<String> granted = moderator.post("/en/moderation/unlock/" + request + "/grant", queue, Map.of());
        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(blocks.isBlocked(reader)).isFalse();
        assertThat(letterTo(email(reader), "unlocked")).isPresent();
        assertThat(own.get("/en/blocked").body()).contains("Your account is not blocked");

        HttpResponse<String> again = moderator.post(
                "/en/moderation/accounts/" + reader.value() + "/block", console, Map.of("reason", "spam"));
        assertThat(again.body()).contains("Blocked for good");
        assertThat(blocks.isBlocked(reader)).isTrue();
        String finalPage = own.get("/en/blocked").body();
        assertThat(finalPage).contains("This block is final").doesNotContain("name=\"explanation\"");
        HttpResponse<String> forged = own.post(
                "/en/blocked/unlock",
                form,
                Map.of("account", Long.toString(reader.value()), "explanation", "Please, once more."));
        assertThat(forged.statusCode()).isEqualTo(422);
        assertThat(forged.body()).contains("access cannot be restored");
        assertThat(jdbc.sql("select count(*) from unlock_request where account_id = :id")
                        .param("id", reader.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRefusalKeepsTheBlockAndTellsTheReaderWhy() {
        AccountId reader = reader("Refused Reader", "en");
        Browser moderator = signedIn(moderator("Refuser", "en"));
        String console = moderator.get("/en/account").body();
        moderator.post("/en/moderation/accounts/" + reader.value() + "/block", console, Map.of("reason", "hate"));
        Browser own = signedIn(reader);
        own.post(
                "/en/blocked/unlock",
                own.get("/en/blocked").body(),
                Map.of("account", Long.toString(reader.value()), "explanation", "It was a joke."));
        long request = jdbc.sql("select id from unlock_request where account_id = :id")
                .param("id", reader.value())
                .query(Long.class)
                .single();
        String queue = moderator.get("/en/moderation/unlock").body();

        HttpResponse<String> noReason =
                moderator.post("/en/moderation/unlock/" + request + "/refuse", queue, Map.of("reason", " "));
        HttpResponse<String> refused = moderator.post(
                "/en/moderation/unlock/" + request + "/refuse", queue, Map.of("reason", "Hatred is no joke."));
        HttpResponse<String> twice = moderator.post("/en/moderation/unlock/" + request + "/grant", queue, Map.of());

        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(blocks.isBlocked(reader)).isTrue();
        assertThat(own.get("/en/blocked").body())
                .contains("Your unlock request was refused")
                .contains("Hatred is no joke.");
        assertThat(letterTo(email(reader), "refused"))
                .hasValueSatisfying(letter -> assertThat(body(letter)).contains("Hatred is no joke."));
    }

    @Test
    void aReaderWhoIsNotBlockedCannotRequestUnlocking() {
        AccountId reader = reader("Free Reader", "en");
        Browser own = signedIn(reader);
        assertThat(own.get("/en/blocked").body())
                .contains("Your account is not blocked")
                .doesNotContain("name=\"explanation\"");
        // the form is not offered: the session's token comes from another page, as a forger's would
        String page = own.get("/en/account").body();

        HttpResponse<String> answer = own.post(
                "/en/blocked/unlock",
                page,
                Map.of("account", Long.toString(reader.value()), "explanation", "Why not?"));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Your account is not blocked, so there is nothing to unlock.");
        assertThat(jdbc.sql("select count(*) from unlock_request where account_id = :id")
                        .param("id", reader.value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"oversized", "empty", "blank", "forgedAccount", "replacement", "twice"})
    void aBadUnlockRequestIsRefusedClearlyAndNothingIsStored(String kind) {
        AccountId reader = reader("Hostile " + kind, "en");
        AccountId other = reader("Someone Else " + kind, "en");
        Browser moderator = signedIn(moderator("Hostile Blocker " + kind, "en"));
        moderator.post(
                "/en/moderation/accounts/" + reader.value() + "/block",
                moderator.get("/en/account").body(),
                Map.of("reason", "spam"));
        Browser own = signedIn(reader);
        String page = own.get("/en/blocked").body();
        String account = kind.equals("forgedAccount") ? Long.toString(other.value()) : Long.toString(reader.value());
        String explanation = switch (kind) {
            case "oversized" -> "x".repeat(UnlockRequests.MAX_EXPLANATION + 1);
            case "empty" -> "";
            case "blank" -> " \n\t ";
            case "replacement" -> "broken \uFFFD text";
            default -> "I am sorry.";
        };
        if (kind.equals("twice")) {
            own.post("/en/blocked/unlock", page, Map.of("account", account, "explanation", explanation));
        }

        HttpResponse<String> answer =
                own.post("/en/blocked/unlock", page, Map.of("account", account, "explanation", explanation));

        assertThat(answer.statusCode()).isEqualTo(kind.equals("twice") ? 409 : 422);
        assertThat(answer.body())
                .contains(
                        switch (kind) {
                            case "oversized" -> "The text is too long";
                            case "empty", "blank" -> "Explain what happened";
                            case "forgedAccount" -> "The user id in the form is not yours";
                            case "replacement" -> "cannot be stored";
                            default -> "You have already asked";
                        });
        assertThat(jdbc.sql("select count(*) from unlock_request where account_id in (:a, :b)")
                        .param("a", reader.value())
                        .param("b", other.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(kind.equals("twice") ? 1 : 0);
    }

    @Test
    void markupInAnExplanationIsShownEscaped() {
        AccountId reader = reader("Markup Reader", "en");
        Browser moderator = signedIn(moderator("Markup Moderator", "en"));
        moderator.post(
                "/en/moderation/accounts/" + reader.value() + "/block",
                moderator.get("/en/account").body(),
                Map.of("reason", "spam"));
        Browser own = signedIn(reader);
        own.post(
                "/en/blocked/unlock",
                own.get("/en/blocked").body(),
                Map.of(
                        "account",
                        Long.toString(reader.value()),
                        "explanation",
                        "<img src=x onerror=alert(1)> '; delete from account_block; --"));

        String queue = moderator.get("/en/moderation/unlock").body();

        assertThat(queue).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat(blocks.isBlocked(reader)).isTrue();
    }

    @Test
    void blockingTwiceIsRefusedAndAModeratorCannotBlockThemselves() {
        AccountId reader = reader("Twice Blocked", "en");
        AccountId self = moderator("Self Blocker", "en");
        Browser moderator = signedIn(self);
        String page = moderator.get("/en/account").body();

        moderator.post("/en/moderation/accounts/" + reader.value() + "/block", page, Map.of("reason", "spam"));
        HttpResponse<String> again =
                moderator.post("/en/moderation/accounts/" + reader.value() + "/block", page, Map.of("reason", "spam"));
        HttpResponse<String> themselves =
                moderator.post("/en/moderation/accounts/" + self.value() + "/block", page, Map.of("reason", "spam"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already blocked");
        assertThat(themselves.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from account_block where account_id = :id")
                        .param("id", reader.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(blocks.isBlocked(self)).isFalse();
    }
}
