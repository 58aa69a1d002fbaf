package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who reaches the console, tried with direct requests rather than hidden buttons: a moderator only
 * their own edition's queues, an administrator everything, a reader nothing (404, as if it did not
 * exist), a stranger the log-in page.
 */
class ModerationAuthorisationTests extends ModerationWebTest {

    private static final List<String> PAGES = List.of(
            "/en/moderation",
            "/en/moderation/held",
            "/en/moderation/reported",
            "/en/moderation/rejected",
            "/en/moderation/unlock",
            "/en/moderation/audit",
            "/en/moderation/statements.json?from=2026-01-01&to=2026-12-31");

    /** The console's administrators' pages, as its navigation links to them. */
    private static final List<String> ADMIN_LINKS = List.of(
            "href=\"/en/moderation/audit\"",
            "href=\"/en/moderation/engine\"",
            "href=\"/en/moderation/policy\"",
            "action=\"/en/moderation/statements.json\"");

    @Test
    void anAdministratorFindsTheAdministratorsPagesInTheConsoleAndEachOpens() {
        Browser admin = signedIn(admin("Navigating Admin"));

        for (String tab : List.of("/en/moderation/held", "/en/moderation/clusters", "/en/moderation/unlock")) {
            String body = admin.get(tab).body();
            for (String link : ADMIN_LINKS) {
                assertThat(body).as(tab).contains(link);
            }
        }
        assertThat(admin.get("/en/moderation/audit").statusCode()).isEqualTo(200);
        assertThat(admin.get("/en/moderation/engine").statusCode()).isEqualTo(200);
        assertThat(admin.get("/en/moderation/policy").statusCode()).isEqualTo(200);
        // what the export form sends once its two dates are chosen
        assertThat(admin.get("/en/moderation/statements.json?from=2026-01-01&to=2026-01-31")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aModeratorIsNotShownTheAdministratorsPagesAndCannotOpenThem() {
        Browser moderator = signedIn(moderator("Navigating Moderator", "en"));

        for (String tab : List.of("/en/moderation/held", "/en/moderation/clusters", "/en/moderation/unlock")) {
            HttpResponse<String> page = moderator.get(tab);
            assertThat(page.statusCode()).as(tab).isEqualTo(200);
            for (String link : ADMIN_LINKS) {
                assertThat(page.body()).as(tab).doesNotContain(link);
            }
            assertThat(page.body()).as(tab).doesNotContain("statements.json");
        }
        for (String page : List.of(
                "/en/moderation/audit",
                "/en/moderation/engine",
                "/en/moderation/policy",
                "/en/moderation/statements.json?from=2026-01-01&to=2026-01-31")) {
            assertThat(moderator.get(page).statusCode()).as(page).isEqualTo(404);
        }
    }

    @Test
    void aModeratorOfTheRussianEditionCannotSeeTheEnglishQueues() {
        heldComment("en", reader("English Author", "en"));
        Browser russian = signedIn(moderator("Русский модератор", "ru"));

        for (String page : PAGES) {
            assertThat(russian.get(page).statusCode()).as(page).isEqualTo(404);
        }
        assertThat(russian.get("/ru/moderation/held").statusCode()).isEqualTo(200);
    }

    @Test
    void aModeratorOfTheRussianEditionCannotActOnEnglishComments() {
        AccountId author = reader("Protected Author", "en");
        long english = heldComment("en", author);
        Browser russian = signedIn(moderator("Чужой модератор", "ru"));
        // the token of the session, from a page with a form (the Russian queue may be empty)
        String page = russian.get("/en/account").body();
        int audited = count("moderation_audit");

        HttpResponse<String> throughEnglish =
                russian.post("/en/moderation/comments/" + english + "/approve", page, Map.of("expected", "HELD"));
        HttpResponse<String> rejectThroughEnglish = russian.post(
                "/en/moderation/comments/" + english + "/reject", page, Map.of("expected", "HELD", "reason", "spam"));
        HttpResponse<String> throughRussian =
                russian.post("/ru/moderation/comments/" + english + "/approve", page, Map.of("expected", "HELD"));
        HttpResponse<String> blockThroughEnglish =
                russian.post("/en/moderation/accounts/" + author.value() + "/block", page, Map.of("reason", "spam"));
        HttpResponse<String> blockThroughRussian =
                russian.post("/ru/moderation/accounts/" + author.value() + "/block", page, Map.of("reason", "spam"));

        assertThat(throughEnglish.statusCode()).isEqualTo(404);
        assertThat(rejectThroughEnglish.statusCode()).isEqualTo(404);
        assertThat(throughRussian.statusCode()).isEqualTo(404);
        assertThat(blockThroughEnglish.statusCode()).isEqualTo(404);
        assertThat(blockThroughRussian.statusCode()).isEqualTo(404);
        assertThat(status(english)).isEqualTo("HELD");
        assertThat(count("moderation_audit")).isEqualTo(audited);
        assertThat(jdbc.sql("select count(*) from account_block where account_id = :id")
                        .param("id", author.value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aModeratorOfAnotherEditionCannotSeeAnAuthorWhoNeverCommentedThere() {
        AccountId author = reader("English Only", "en");
        heldComment("en", author);
        Browser russian = signedIn(moderator("Любопытный модератор", "ru"));
        Browser reader = signedIn(reader("Nosy Reader", "en"));

        assertThat(russian.get("/ru/moderation/authors/" + author.value()).statusCode())
                .isEqualTo(404);
        assertThat(russian.get("/en/moderation/authors/" + author.value()).statusCode())
                .isEqualTo(404);
        assertThat(reader.get("/en/moderation/authors/" + author.value()).statusCode())
                .isEqualTo(404);
        assertThat(signedIn(moderator("English Reader", "en"))
                        .get("/en/moderation/authors/" + author.value())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aReaderGetsNotFoundOnEveryConsolePageAndAction() {
        long held = heldComment("en", reader("Someone", "en"));
        Browser reader = signedIn(reader("Curious Reader", "en"));
        String anyPage = reader.get("/en/account").body();

        for (String page : PAGES) {
            assertThat(reader.get(page).statusCode()).as(page).isEqualTo(404);
        }
        assertThat(reader.post("/en/moderation/comments/" + held + "/approve", anyPage, Map.of("expected", "HELD"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(reader.post("/en/moderation/unlock/1/grant", anyPage, Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(status(held)).isEqualTo("HELD");
    }

    @Test
    void aStrangerIsSentToLogIn() {
        Browser stranger = new Browser(port);

        for (String page : PAGES) {
            HttpResponse<String> answer = stranger.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(page).hasValue("/en/account/login");
        }
        assertThat(stranger.get("/ru/blocked").headers().firstValue("Location")).hasValue("/ru/account/login");
    }

    @Test
    void aModeratorWhoIsNoAdministratorCannotReadTheAuditLogOrExport() {
        Browser moderator = signedIn(moderator("Plain Moderator", "en"));

        assertThat(moderator.get("/en/moderation/held").statusCode()).isEqualTo(200);
        assertThat(moderator.get("/en/moderation/audit").statusCode()).isEqualTo(404);
        assertThat(moderator
                        .get("/en/moderation/statements.json?from=2026-01-01&to=2026-12-31")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAdministratorReachesEveryEditionsConsole() {
        Browser admin = signedIn(admin("Chief Admin"));

        for (String edition : List.of("en", "ru", "es", "ar")) {
            assertThat(admin.get("/" + edition + "/moderation/held").statusCode())
                    .as(edition)
                    .isEqualTo(200);
        }
        assertThat(admin.get("/en/moderation/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void aRevokedModeratorLosesTheConsoleAtOnce() {
        AccountId id = moderator("Former Moderator", "en");
        Browser former = signedIn(id);
        assertThat(former.get("/en/moderation/held").statusCode()).isEqualTo(200);

        jdbc.sql("update account_role set revoked_at = current_timestamp where account_id = :id")
                .param("id", id.value())
                .update();

        assertThat(former.get("/en/moderation/held").statusCode()).isEqualTo(404);
    }

    @Test
    void aModeratorCannotAnswerAnotherEditionsUnlockRequest() {
        AccountId blocked = reader("Blocked Elsewhere", "en");
        Browser english = signedIn(moderator("English Blocker", "en"));
        String page = english.get("/en/account").body();
        english.post("/en/moderation/accounts/" + blocked.value() + "/block", page, Map.of("reason", "spam"));
        Browser reader = signedIn(blocked);
        String form = reader.get("/en/blocked").body();
        reader.post(
                "/en/blocked/unlock",
                form,
                Map.of("account", Long.toString(blocked.value()), "explanation", "I will behave."));
        long request = jdbc.sql("select id from unlock_request where account_id = :id")
                .param("id", blocked.value())
                .query(Long.class)
                .single();
        Browser russian = signedIn(moderator("Русский отвечающий", "ru"));
        String russianPage = russian.get("/en/account").body();

        assertThat(russian.post("/ru/moderation/unlock/" + request + "/grant", russianPage, Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(russian.post("/en/moderation/unlock/" + request + "/grant", russianPage, Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select outcome from unlock_request where id = :id")
                        .param("id", request)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }
}
