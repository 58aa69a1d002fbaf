package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AccountsProfileTests extends AccountsWebTest {

    @Autowired
    Accounts accounts;

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_failure").update();
    }

    @Test
    void readerRenamesThemselvesButNotAsStaff() {
        String email = uniqueEmail("rename");
        registerConfirmed(email, "Old Name");
        logIn(email, PASSWORD);
        String page = browser.get("/en/account").body();

        HttpResponse<String> renamed = browser.post("/en/account/name", page, Map.of("displayName", "New Name"));
        HttpResponse<String> impostor =
                browser.post("/en/account/name", renamed.body(), Map.of("displayName", "Tribune Moderator"));

        assertThat(renamed.body()).contains("Your changes are saved.").contains("value=\"New Name\"");
        assertThat(impostor.statusCode()).isEqualTo(422);
        assertThat(impostor.body()).contains("could be taken for the newsroom");
        assertThat(browser.get("/en/account/bar").body()).contains("New Name");
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndEndsOtherSessions() {
        String email = uniqueEmail("change");
        registerConfirmed(email, "Changing Reader");
        Browser other = new Browser(port);
        String otherPage = other.get("/en/account/login").body();
        other.post("/en/account/login", otherPage, Map.of("email", email, "password", PASSWORD));
        logIn(email, PASSWORD);
        String page = browser.get("/en/account").body();

        HttpResponse<String> wrong = browser.post(
                "/en/account/password", page, Map.of("current", "not my password", "password", "brand new passphrase"));
        HttpResponse<String> right = browser.post(
                "/en/account/password", wrong.body(), Map.of("current", PASSWORD, "password", "brand new passphrase"));

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("The current password is not right.");
        assertThat(right.body()).contains("Your password is changed.");
        assertThat(browser.get("/en/account/bar").statusCode()).isEqualTo(200);
        assertThat(other.get("/en/account/bar").statusCode()).isEqualTo(204);
    }

    @Test
    void withdrawingConsentEndsCommentingUntilGivenAgain() {
        String email = uniqueEmail("withdraw");
        registerConfirmed(email, "Private Person");
        logIn(email, PASSWORD);
        AccountId id = idOf(email);
        assertThat(accounts.mayComment(id)).isTrue();
        String page = browser.get("/en/account").body();

        HttpResponse<String> withdrawn = browser.post("/en/account/consent", page, Map.of("action", "withdraw"));

        assertThat(withdrawn.body()).contains("withdrawn on");
        assertThat(accounts.mayComment(id)).isFalse();
        browser.post("/en/account/consent", withdrawn.body(), Map.of("action", "give"));
        assertThat(accounts.mayComment(id)).isTrue();
        assertThat(accounts.consents(id)).hasSize(2);
    }

    @Test
    void readerDownloadsTheirDataAsJson() {
        String email = uniqueEmail("export");
        registerConfirmed(email, "Data Owner");
        logIn(email, PASSWORD);

        HttpResponse<String> export = browser.get("/en/account/export.json");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        assertThat(export.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        JsonNode data = JsonMapper.builder().build().readTree(export.body());
        assertThat(data.get("email").asString()).isEqualTo(email);
        assertThat(data.get("displayName").asString()).isEqualTo("Data Owner");
        assertThat(data.get("consents").get(0).get("policyVersion").asString()).isEqualTo("2026-11");
        assertThat(export.body()).doesNotContain("argon2");
    }

    @Test
    void strangersAreSentToLogInAndGetNoData() {
        Browser stranger = new Browser(port);

        assertThat(stranger.get("/en/account").headers().firstValue("Location").orElseThrow())
                .endsWith("/en/account/login");
        assertThat(stranger.get("/en/account/export.json").statusCode()).isEqualTo(401);
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
