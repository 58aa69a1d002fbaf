package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.core.LoginThrottle;
import io.tribune.support.Browser;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsLogInTests extends AccountsWebTest {

    /** Every test comes from 127.0.0.1, so failures of one test would otherwise throttle the next. */
    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void readerLogsInWithANewSessionAndSeesTheirNameInTheBar() {
        String email = uniqueEmail("grace");
        registerConfirmed(email, "Grace Hopper");
        String page = browser.get("/en/account/login").body();
        String sessionBefore = cookie("JSESSIONID").orElseThrow();

        HttpResponse<String> answer =
                browser.post("/en/account/login", page, Map.of("email", email, "password", PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/en/");
        assertThat(cookie("JSESSIONID").orElseThrow()).isNotEqualTo(sessionBefore);
        HttpResponse<String> bar = browser.get("/en/account/bar");
        assertThat(bar.statusCode()).isEqualTo(200);
        assertThat(bar.body()).contains("Grace Hopper").contains("/account/logout");
        assertThat(bar.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("private, no-store");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> page = browser.get("/en/account/login");

        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void publicPagesStayCookieFreeAndTheBarIsEmptyForAnonymousReaders() {
        HttpResponse<String> front = browser.get("/en/");
        HttpResponse<String> bar = browser.get("/en/account/bar");

        assertThat(front.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(front.body()).contains("hx-get=\"/en/account/bar\"").contains("/en/account/login");
        assertThat(bar.statusCode()).isEqualTo(204);
        assertThat(bar.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(bar.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("private, no-store");
    }

    @Test
    void wrongPasswordAndUnknownAddressGetTheSameAnswer() {
        String email = uniqueEmail("known");
        registerConfirmed(email, "Known Reader");
        String page = browser.get("/en/account/login").body();

        HttpResponse<String> wrongPassword =
                browser.post("/en/account/login", page, Map.of("email", email, "password", "not the password at all"));
        Browser stranger = new Browser(port);
        HttpResponse<String> unknown = stranger.post(
                "/en/account/login",
                stranger.get("/en/account/login").body(),
                Map.of("email", uniqueEmail("nobody"), "password", PASSWORD));

        assertThat(wrongPassword.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(422);
        assertThat(wrongPassword.body()).contains("The email address or the password is not right.");
        assertThat(unknown.body()).contains("The email address or the password is not right.");
    }

    @Test
    void afterThreeFailuresACaptchaIsRequiredEvenWithTheRightPassword() {
        String email = uniqueEmail("guessed");
        registerConfirmed(email, "Guessed At");
        String page = browser.get("/en/account/login").body();
        for (int i = 0; i < LoginThrottle.CAPTCHA_AFTER; i++) {
            page = browser.post("/en/account/login", page, Map.of("email", email, "password", "wrong guess " + i))
                    .body();
        }

        HttpResponse<String> withoutCaptcha =
                browser.post("/en/account/login", page, Map.of("email", email, "password", PASSWORD));
        assertThat(withoutCaptcha.statusCode()).isEqualTo(422);
        assertThat(withoutCaptcha.body())
                .contains("Please complete the check below")
                .contains("altcha-widget");

        Map<String, String> fields = new LinkedHashMap<>(Map.of("email", email, "password", PASSWORD));
        fields.put("altcha", Browser.solveCaptcha(withoutCaptcha.body()));
        HttpResponse<String> withCaptcha = browser.post("/en/account/login", withoutCaptcha.body(), fields);
        assertThat(withCaptcha.statusCode()).isEqualTo(302);
    }

    @Test
    void manyFailuresLockTheAddressForAWhile() {
        String email = uniqueEmail("locked");
        registerConfirmed(email, "Locked Out");
        String page = browser.get("/en/account/login").body();
        for (int i = 0; i < LoginThrottle.LOCK_EMAIL_AFTER; i++) {
            Map<String, String> fields = new LinkedHashMap<>(Map.of("email", email, "password", "wrong guess " + i));
            if (page.contains("altcha-widget")) {
                fields.put("altcha", Browser.solveCaptcha(page));
            }
            page = browser.post("/en/account/login", page, fields).body();
        }
        Map<String, String> fields = new LinkedHashMap<>(Map.of("email", email, "password", PASSWORD));
        fields.put("altcha", Browser.solveCaptcha(page));

        HttpResponse<String> answer = browser.post("/en/account/login", page, fields);

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.body()).contains("Too many attempts");
    }

    @Test
    void rememberMeKeepsTheReaderSignedInWithoutTheSession() {
        String email = uniqueEmail("remember");
        registerConfirmed(email, "Long Memory");
        String page = browser.get("/en/account/login").body();
        browser.post("/en/account/login", page, Map.of("email", email, "password", PASSWORD, "remember", "yes"));
        HttpCookie remember = cookieObject("tribune-remember").orElseThrow();
        assertThat(remember.isHttpOnly()).isTrue();

        Browser later = new Browser(port);
        later.cookies().getCookieStore().add(URI.create("http://localhost:" + port), remember);
        HttpResponse<String> bar = later.get("/en/account/bar");

        assertThat(bar.statusCode()).isEqualTo(200);
        assertThat(bar.body()).contains("Long Memory");
    }

    @Test
    void logOutEndsTheSessionAndForgetsTheDevice() {
        String email = uniqueEmail("leaving");
        registerConfirmed(email, "Leaving Now");
        String page = browser.get("/en/account/login").body();
        browser.post("/en/account/login", page, Map.of("email", email, "password", PASSWORD, "remember", "yes"));
        String bar = browser.get("/en/account/bar").body();

        HttpResponse<String> out = browser.post("/account/logout", bar, Map.of("edition", "ru"));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/ru/");
        assertThat(browser.get("/en/account/bar").statusCode()).isEqualTo(204);
        assertThat(jdbc.sql(
                                "select count(*) from persistent_logins where username = (select cast(id as varchar) from account where email = ?)")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void withoutAConfiguredProviderThereAreNoProviderButtonsAndNoProviderEndpoints() {
        assertThat(browser.get("/en/account/login").body()).doesNotContain("social-login");
        assertThat(browser.get("/en/account/register").body()).doesNotContain("social-login");
        assertThat(browser.get("/oauth2/authorization/google").statusCode()).isEqualTo(404);
        assertThat(browser.get("/en/account/social/start/google").statusCode()).isEqualTo(404);
        assertThat(browser.get("/login").statusCode()).isEqualTo(404);
    }

    @Test
    void logInWithoutCsrfTokenIsRefused() {
        String email = uniqueEmail("forged");
        registerConfirmed(email, "Forged Form");

        HttpResponse<String> answer = new Browser(port)
                .postRaw("/en/account/login", Browser.encode(Map.of("email", email, "password", PASSWORD)));

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void hostileLogInInputIsRefusedWithoutAServerError() {
        for (String email :
                List.of("", "<script>alert(1)</script>", "' or 1=1 --", "a@b\u202E.org", "x".repeat(100_000))) {
            forgetFailures();
            Browser visitor = new Browser(port);
            String page = visitor.get("/en/account/login").body();
            HttpResponse<String> answer =
                    visitor.post("/en/account/login", page, Map.of("email", email, "password", "x"));
            assertThat(answer.statusCode()).isEqualTo(422);
            assertThat(answer.body()).contains("The email address or the password is not right.");
            assertThat(answer.body()).doesNotContain("<script>alert");
        }
    }

    private Optional<String> cookie(String name) {
        return cookieObject(name).map(HttpCookie::getValue);
    }

    private Optional<HttpCookie> cookieObject(String name) {
        return browser.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst();
    }

    @Autowired
    LoginThrottle throttle;

    @Test
    void attemptsAreForgottenOnceTheirWindowHasEnded() {
        String ended = LoginThrottle.email(uniqueEmail("ended"));
        String running = LoginThrottle.email(uniqueEmail("running"));
        Instant longAgo = Instant.now().minus(LoginThrottle.WINDOW).minusSeconds(60);
        for (int i = 0; i < 4; i++) {
            jdbc.sql("insert into login_attempt (subject, attempted_at) values (?, ?)")
                    .params(ended, Timestamp.from(longAgo))
                    .update();
            jdbc.sql("insert into login_attempt (subject, attempted_at) values (?, ?)")
                    .params(running, Timestamp.from(Instant.now().minusSeconds(60)))
                    .update();
        }
        assertThat(throttle.failures(ended)).isZero();

        throttle.forgetEndedWindows();

        assertThat(jdbc.sql("select count(*) from login_attempt where subject = ?")
                        .param(ended)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(throttle.failures(running)).isEqualTo(4);
    }
}
