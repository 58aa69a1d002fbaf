package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountsRecoveryTests extends AccountsWebTest {

    static final String NEW_PASSWORD = "a much better passphrase";

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void mailedLinkSetsANewPasswordOnceAndEndsEverySession() {
        String email = uniqueEmail("forgetful");
        registerConfirmed(email, "Forgetful Reader");
        Browser laptop = signedIn(email, PASSWORD, false);
        Browser phone = signedIn(email, PASSWORD, true);
        HttpCookie phoneMemory = phone.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("tribune-remember"))
                .findFirst()
                .orElseThrow();

        assertThat(requestRecovery(email).statusCode()).isEqualTo(302);
        String link = linkMailedTo(email, "Reset your password");
        String page = browser.get(link).body();
        String token = link.substring(link.indexOf("token=") + 6);
        HttpResponse<String> done =
                browser.post("/en/account/reset", page, Map.of("token", token, "password", NEW_PASSWORD));

        assertThat(done.body()).contains("Password changed");
        assertThat(laptop.get("/en/account/bar").statusCode()).isEqualTo(204);
        Browser phoneLater = new Browser(port);
        phoneLater.cookies().getCookieStore().add(URI.create("http://localhost:" + port), phoneMemory);
        assertThat(phoneLater.get("/en/account/bar").statusCode()).isEqualTo(204);
        assertThat(logIn(new Browser(port), email, PASSWORD).statusCode()).isEqualTo(422);
        assertThat(logIn(new Browser(port), email, NEW_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get(link).statusCode()).isEqualTo(400);
        String fresh = browser.get("/en/account/recover").body();
        HttpResponse<String> replay =
                browser.post("/en/account/reset", fresh, Map.of("token", token, "password", "yet another passphrase"));
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("This link no longer works");
    }

    @Test
    void unknownAddressGetsTheSameAnswerAndNoLetter() {
        String email = uniqueEmail("stranger");

        HttpResponse<String> answer = requestRecovery(email);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/en/account/recover/sent");
        assertThat(lettersTo(email)).isZero();
    }

    @Test
    void recoveryWithoutCaptchaIsRefused() {
        String email = uniqueEmail("botreset");
        registerConfirmed(email, "Bot Target");
        long before = lettersTo(email);
        String page = browser.get("/en/account/recover").body();

        HttpResponse<String> answer = browser.post("/en/account/recover", page, Map.of("email", email));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("The check did not succeed");
        assertThat(lettersTo(email)).isEqualTo(before);
    }

    @Test
    void weakNewPasswordDoesNotUseUpTheLink() {
        String email = uniqueEmail("weak");
        registerConfirmed(email, "Weak Choice");
        requestRecovery(email);
        String link = linkMailedTo(email, "Reset your password");
        String page = browser.get(link).body();
        String token = link.substring(link.indexOf("token=") + 6);

        HttpResponse<String> weak =
                browser.post("/en/account/reset", page, Map.of("token", token, "password", "password123"));
        HttpResponse<String> strong =
                browser.post("/en/account/reset", weak.body(), Map.of("token", token, "password", NEW_PASSWORD));

        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("too easy to guess");
        assertThat(strong.body()).contains("Password changed");
    }

    @Test
    void expiredLinkIsRefused() {
        String email = uniqueEmail("late");
        registerConfirmed(email, "Late Reader");
        requestRecovery(email);
        String link = linkMailedTo(email, "Reset your password");
        jdbc.sql("update account_token set expires_at = ? where purpose = 'RESET_PASSWORD' and account_id ="
                        + " (select id from account where email = ?)")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), email)
                .update();

        HttpResponse<String> answer = browser.get(link);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("This link no longer works");
    }

    private HttpResponse<String> requestRecovery(String email) {
        String page = browser.get("/en/account/recover").body();
        return browser.post("/en/account/recover", page, Map.of("email", email, "altcha", Browser.solveCaptcha(page)));
    }

    private Browser signedIn(String email, String password, boolean remember) {
        Browser device = new Browser(port);
        String page = device.get("/en/account/login").body();
        var fields = new java.util.LinkedHashMap<>(Map.of("email", email, "password", password));
        if (remember) {
            fields.put("remember", "yes");
        }
        assertThat(device.post("/en/account/login", page, fields).statusCode()).isEqualTo(302);
        assertThat(device.get("/en/account/bar").statusCode()).isEqualTo(200);
        return device;
    }

    private static HttpResponse<String> logIn(Browser device, String email, String password) {
        String page = device.get("/en/account/login").body();
        return device.post("/en/account/login", page, Map.of("email", email, "password", password));
    }
}
