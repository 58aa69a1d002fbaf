package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.support.Browser;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator deletes an account without notice: tried with direct requests by everyone who must
 * not be able to, with bad input, twice, and then for real (sessions end, log-in is refused, no restore
 * link, a statement of reasons mailed in full, audited and exported).
 */
class ModerationDeletionTests extends ModerationWebTest {

    @Test
    void onlyAnAdministratorCanDeleteAnAccount() {
        AccountId target = reader("Kept Reader", "en");
        heldComment("en", target);
        Browser moderator = signedIn(moderator("English Moderator", "en"));
        Browser reader = signedIn(reader("Curious Reader", "en"));
        Browser stranger = new Browser(port);
        int audited = count("moderation_audit");
        int statements = count("statement_of_reasons");

        HttpResponse<String> byModerator =
                moderator.post(path("en", target), moderator.get("/en/account").body(), Map.of("reason", "spam"));
        HttpResponse<String> byModeratorElsewhere =
                moderator.post(path("ru", target), moderator.get("/en/account").body(), Map.of("reason", "spam"));
        HttpResponse<String> byReader =
                reader.post(path("en", target), reader.get("/en/account").body(), Map.of("reason", "spam"));
        HttpResponse<String> byStranger = stranger.post(
                path("en", target), stranger.get("/en/account/login").body(), Map.of("reason", "spam"));

        assertThat(byModerator.statusCode()).isEqualTo(404);
        assertThat(byModeratorElsewhere.statusCode()).isEqualTo(404);
        assertThat(byReader.statusCode()).isEqualTo(404);
        assertThat(byStranger.statusCode()).isEqualTo(302);
        assertThat(byStranger.headers().firstValue("Location")).hasValue("/en/account/login");
        assertUntouched(target, audited, statements);
    }

    @Test
    void aPostWithoutTheFormTokenIsRefused() {
        AccountId target = reader("Tokenless Target", "en");
        Browser admin = signedIn(admin("Tokenless Admin"));
        int audited = count("moderation_audit");
        int statements = count("statement_of_reasons");

        HttpResponse<String> answer = admin.postRaw(path("en", target), "reason=spam");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertUntouched(target, audited, statements);
    }

    @Test
    void theAuthorViewOffersDeletionToAdministratorsOnly() {
        AccountId target = reader("Viewed Author", "en");
        heldComment("en", target);

        assertThat(signedIn(admin("Viewing Admin"))
                        .get("/en/moderation/authors/" + target.value())
                        .body())
                .contains("/en/moderation/accounts/" + target.value() + "/delete");
        assertThat(signedIn(moderator("Viewing Moderator", "en"))
                        .get("/en/moderation/authors/" + target.value())
                        .body())
                .doesNotContain("/delete");
    }

    @Test
    void anAdministratorDeletesAnAccountWithoutNoticeAndTheOwnerIsMailedTheStatement() throws Exception {
        AccountId target = reader("Deleted Reader", "en");
        String email = email(target);
        Browser owner = signedIn(target);
        assertThat(owner.get("/en/account").statusCode()).isEqualTo(200);
        Browser admin = signedIn(admin("Deleting Admin"));
        String page = admin.get("/en/moderation/authors/" + target.value()).body();

        HttpResponse<String> answer =
                admin.post(path("en", target), page, Map.of("reason", "spam", "note", "Bulk advertising."));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Deleted: the account can no longer be used");
        assertThat(accountStatus(target)).isEqualTo("DEACTIVATED");
        // the owner's session ends at once and log-in is refused
        HttpResponse<String> afterwards = owner.get("/en/account");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValue("/en/account/login");
        Browser again = new Browser(port);
        assertThat(again.post(
                                "/en/account/login",
                                again.get("/en/account/login").body(),
                                Map.of("email", email, "password", PASSWORD))
                        .statusCode())
                .isEqualTo(422);
        // audited, with the rule and note
        assertThat(jdbc.sql("select count(*) from moderation_audit where action = 'account.delete'"
                                + " and target_id = :id and rule = 'spam' and reason = 'Bulk advertising.'")
                        .param("id", target.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // the statement, in full, to the address the account had; no restore link
        Optional<MimeMessage> letter = letterTo(email, "your account was deleted");
        assertThat(letter).isPresent();
        assertThat(body(letter.get()))
                .contains("Your account was deleted by an administrator")
                .contains("Bulk advertising.")
                .contains("cannot be read on the site")
                .contains(puid(target));
        assertThat(letterTo(email, "Restore your account")).isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from account_token where account_id = :id and purpose = 'RESTORE_ACCOUNT' and used_at is null")
                        .param("id", target.value())
                        .query(Integer.class)
                        .single())
                .isZero();
        // exported as a total termination of the account
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode statements = JsonMapper.builder()
                .build()
                .readTree(admin.get("/en/moderation/statements.json?from=" + today + "&to=" + today)
                        .body())
                .get("statements");
        JsonNode exported = null;
        for (JsonNode statement : statements) {
            if (statement.get("puid").asString().equals(puid(target))) {
                exported = statement;
            }
        }
        assertThat(exported).isNotNull();
        assertThat(exported.get("decision_provision").asString()).isEqualTo("DECISION_PROVISION_TOTAL_TERMINATION");
        assertThat(exported.get("decision_account").asString()).isEqualTo("DECISION_ACCOUNT_TERMINATED");
        assertThat(DsaStatementFields.problems(exported)).isEmpty();
        assertThat(exported.toString()).doesNotContain("Bulk advertising.");
    }

    @Test
    void deletingTwiceIsRefusedClearly() {
        AccountId target = reader("Twice Deleted", "en");
        Browser admin = signedIn(admin("Twice Admin"));
        String page = admin.get("/en/account").body();

        assertThat(admin.post(path("en", target), page, Map.of("reason", "spam"))
                        .statusCode())
                .isEqualTo(200);
        int audited = count("moderation_audit");
        HttpResponse<String> second = admin.post(path("en", target), page, Map.of("reason", "spam"));

        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(second.body()).contains("nothing was changed");
        assertThat(count("moderation_audit")).isEqualTo(audited);
        assertThat(statementsOf(target)).isEqualTo(1);
    }

    @Test
    void administratorsAndOneselfCannotBeDeleted() {
        AccountId self = admin("Self Deleting Admin");
        AccountId other = admin("Other Admin");
        Browser admin = signedIn(self);
        String page = admin.get("/en/account").body();

        HttpResponse<String> own = admin.post(path("en", self), page, Map.of("reason", "spam"));
        HttpResponse<String> colleague = admin.post(path("en", other), page, Map.of("reason", "spam"));

        assertThat(own.statusCode()).isEqualTo(422);
        assertThat(own.body()).contains("You cannot delete your own account here");
        assertThat(colleague.statusCode()).isEqualTo(422);
        assertThat(colleague.body()).contains("An administrator account cannot be deleted here");
        assertThat(accountStatus(self)).isEqualTo("ACTIVE");
        assertThat(accountStatus(other)).isEqualTo("ACTIVE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"forged", "huge", "malformed", "badUtf8", "rule", "norule"})
    void badInputIsRefusedClearlyAndNothingChanges(String kind) {
        AccountId target = reader("Bad Input Target", "en");
        Browser admin = signedIn(admin("Bad Input Admin"));
        String page = admin.get("/en/account").body();
        int audited = count("moderation_audit");
        int statements = count("statement_of_reasons");

        HttpResponse<String> answer = switch (kind) {
            case "forged" -> admin.post("/en/moderation/accounts/999999999999/delete", page, Map.of("reason", "spam"));
            case "huge" -> admin.post(path("en", target), page, Map.of("reason", "spam", "note", "x".repeat(2001)));
            case "malformed" ->
                admin.postRaw(
                        path("en", target),
                        Browser.encode(Map.of("_csrf", csrf(page), "reason", "spam")) + "&note=bad%ED%A0%80text");
            case "rule" -> admin.post(path("en", target), page, Map.of("reason", "no_such_rule"));
            default -> admin.post(path("en", target), page, Map.of());
        };

        Map<String, Integer> statuses =
                Map.of("forged", 404, "huge", 422, "malformed", 400, "badUtf8", 422, "rule", 422, "norule", 422);
        Map<String, String> messages = Map.of(
                "forged", "There is no such reader",
                "huge", "The text is too long",
                "malformed", "",
                // the container drops the fields of a body that is not UTF-8: the post arrives without a rule
                "badUtf8", "Choose one of the rules",
                "rule", "Choose one of the rules",
                "norule", "Choose one of the rules");
        assertThat(answer.statusCode()).isEqualTo(statuses.get(kind));
        assertThat(answer.body()).contains(messages.get(kind));
        assertUntouched(target, audited, statements);
    }

    @Test
    void aNonNumericIdIsNotFound() {
        Browser admin = signedIn(admin("Non Numeric Admin"));
        String page = admin.get("/en/account").body();

        assertThat(admin.post("/en/moderation/accounts/1e3/delete", page, Map.of("reason", "spam"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(admin.post("/en/moderation/accounts/1%27%20or%201=1/delete", page, Map.of("reason", "spam"))
                        .statusCode())
                .isIn(400, 404);
    }

    @Test
    void markupAndSqlInTheNoteAreKeptAsTypedAndShownEscaped() {
        AccountId target = reader("Markup Target", "en");
        Browser admin = signedIn(admin("Markup Admin"));
        String note = "<script>alert(1)</script>'; drop table account; --";

        HttpResponse<String> answer =
                admin.post(path("en", target), admin.get("/en/account").body(), Map.of("reason", "spam", "note", note));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select note from statement_of_reasons where account_id = :id")
                        .param("id", target.value())
                        .query(String.class)
                        .single())
                .isEqualTo(note);
        assertThat(count("account")).isPositive();
        assertThat(admin.get("/en/moderation/audit").body())
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;");
    }

    private static String path(String edition, AccountId account) {
        return "/" + edition + "/moderation/accounts/" + account.value() + "/delete";
    }

    private static String csrf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        return m.find() ? m.group(1) : "";
    }

    private void assertUntouched(AccountId target, int audited, int statements) {
        assertThat(accountStatus(target)).isEqualTo("ACTIVE");
        assertThat(count("moderation_audit")).isEqualTo(audited);
        assertThat(count("statement_of_reasons")).isEqualTo(statements);
    }

    private String accountStatus(AccountId id) {
        return jdbc.sql("select status from account where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    private int statementsOf(AccountId id) {
        return jdbc.sql("select count(*) from statement_of_reasons where account_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
    }

    private String puid(AccountId id) {
        return jdbc.sql(
                        "select puid from statement_of_reasons where account_id = :id and restriction = 'ACCOUNT_DELETED'")
                .param("id", id.value())
                .query(String.class)
                .single();
    }
}
