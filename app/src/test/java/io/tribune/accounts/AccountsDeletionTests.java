package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.profile.PurgeDeletedAccounts;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsDeletionTests extends AccountsWebTest {

    @Autowired
    Accounts accounts;

    @Autowired
    PurgeDeletedAccounts purge;

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void deletedAccountIsDeactivatedAtOnceAndTheMailedLinkRestoresIt() {
        String email = uniqueEmail("regret");
        registerConfirmed(email, "Second Thoughts");
        logIn(email, PASSWORD);
        String sure = browser.get("/en/account/delete").body();
        assertThat(sure).contains("Are you sure?");

        HttpResponse<String> deleted = browser.post("/en/account/delete", sure, Map.of());

        assertThat(deleted.body()).contains("Your account is deactivated");
        assertThat(browser.get("/en/account/bar").statusCode()).isEqualTo(204);
        assertThat(accounts.mayComment(idOf(email))).isFalse();
        Browser again = new Browser(port);
        String loginPage = again.get("/en/account/login").body();
        assertThat(again.post("/en/account/login", loginPage, Map.of("email", email, "password", PASSWORD))
                        .statusCode())
                .isEqualTo(422);

        String link = linkMailedTo(email, "Restore your account");
        String page = browser.get(link).body();
        String token = link.substring(link.indexOf("token=") + 6);
        HttpResponse<String> restored = browser.post("/en/account/restore", page, Map.of("token", token));

        assertThat(restored.body()).contains("Account restored");
        assertThat(accounts.mayComment(idOf(email))).isTrue();
        logIn(email, PASSWORD);
    }

    @Test
    void registeringADeletedAddressSendsARestoreLinkInstead() {
        String email = uniqueEmail("comeback");
        registerConfirmed(email, "Come Back");
        logIn(email, PASSWORD);
        browser.post("/en/account/delete", browser.get("/en/account/delete").body(), Map.of());
        long before = lettersTo(email);

        HttpResponse<String> answer = register("en", email, "Come Back Again", PASSWORD, true);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(accountsWith(email)).isOne();
        assertThat(lettersTo(email)).isEqualTo(before + 1);
        assertThat(newestSubjectTo(email)).contains("Restore your account");
        String link = linkMailedTo(email, "Restore your account");
        assertThat(link).contains("/en/account/restore?token=");
        String page = browser.get(link).body();
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(browser.post("/en/account/restore", page, Map.of("token", token))
                        .statusCode())
                .isEqualTo(200);
        logIn(email, PASSWORD);
    }

    @Test
    void tamperedOrReplayedRestoreLinksAreRefused() {
        String page = browser.get("/en/account/restore?token=nothing").body();
        for (String token : new String[] {"", "nothing", "x".repeat(43), "<script>alert(1)</script>"}) {
            HttpResponse<String> answer = browser.post("/en/account/restore", page, Map.of("token", token));
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("This link no longer works").doesNotContain("<script>alert");
        }
    }

    @Test
    void purgeErasesAccountsDeletedMoreThanThirtyDaysAgoAndKeepsYoungerOnes() {
        String old = uniqueEmail("gone");
        String young = uniqueEmail("pending");
        for (String email : new String[] {old, young}) {
            registerConfirmed(email, "Leaving Reader");
            logIn(email, PASSWORD);
            browser.post("/en/account/delete", browser.get("/en/account/delete").body(), Map.of());
        }
        backdateDeletion(old, Duration.ofDays(31));
        backdateDeletion(young, Duration.ofDays(29));
        AccountId oldId = idOf(old);

        purge.purge();

        assertThat(accountsWith(old)).isZero();
        assertThat(count("account_consent", oldId)).isZero();
        assertThat(count("account_token", oldId)).isZero();
        assertThat(accountsWith(young)).isOne();
        assertThat(accounts.find(oldId)).isEmpty();
    }

    private void backdateDeletion(String email, Duration ago) {
        jdbc.sql("update account set deactivated_at = ? where email = ?")
                .params(Timestamp.from(Instant.now().minus(ago)), email)
                .update();
    }

    private int count(String table, AccountId id) {
        return jdbc.sql("select count(*) from " + table + " where account_id = ?")
                .param(id.value())
                .query(Integer.class)
                .single();
    }

    private void logIn(String email, String password) {
        String page = browser.get("/en/account/login").body();
        assertThat(browser.post("/en/account/login", page, Map.of("email", email, "password", password))
                        .statusCode())
                .isEqualTo(302);
    }

    private AccountId idOf(String email) {
        return jdbc.sql("select id from account where email = ?")
                .param(email)
                .query((rs, n) -> new AccountId(rs.getLong(1)))
                .single();
    }
}
