package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.LoginThrottle;
import io.tribune.accounts.staff.RoleRepository;
import io.tribune.support.Browser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The account-takeover attacks of the security review (issue #8), each played as the attacker would
 * send it, asserting that it fails.
 */
class AccountsTakeoverTests extends AccountsWebTest {

    /** The string whose hash stood in for a missing password until 2026-12: it is public in our history. */
    private static final String PUBLISHED_DUMMY = "no account has this password";

    @Autowired
    AccountRepository accounts;

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void providerOnlyAccountRefusesTheDummyPassword() {
        String email = providerOnlyAccount("provider-only");

        HttpResponse<String> answer = logIn(browser, email, PUBLISHED_DUMMY);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(browser.get("/en/account/bar").statusCode()).isEqualTo(204);
    }

    @Test
    void providerOnlyAccountRefusesAnEmptyPassword() {
        String email = providerOnlyAccount("provider-empty");

        assertThat(logIn(browser, email, "").statusCode()).isEqualTo(422);
        assertThat(browser.get("/en/account/bar").statusCode()).isEqualTo(204);
    }

    @Test
    void addressChangeRefusesTheDummyPasswordOfAProviderOnlyAccount() {
        // the reader set a password, so the address form asks for it; the dummy must not pass for it
        String email = uniqueEmail("change-dummy");
        registerConfirmed(email, "Dummy Victim");
        logInAs(email, PASSWORD);
        jdbc.sql("update account set password_hash = null where email = ?")
                .param(email)
                .update();
        String profile = browser.get("/en/account").body();

        HttpResponse<String> answer = browser.post(
                "/en/account/email",
                profile,
                Map.of("newEmail", uniqueEmail("attacker"), "emailPassword", PUBLISHED_DUMMY));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from account_token where purpose = 'CHANGE_EMAIL' and account_id = ?")
                        .param(accountIdOf(email).value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void longAddressesAreThrottledLikeShortOnes() {
        String email = "l".repeat(60) + "@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(20) + ".org";
        assertThat(email.length()).isGreaterThan(195);
        registerConfirmed(email, "Long Address");
        String page = browser.get("/en/account/login").body();
        for (int i = 0; i < LoginThrottle.CAPTCHA_AFTER; i++) {
            HttpResponse<String> guess =
                    browser.post("/en/account/login", page, Map.of("email", email, "password", "guess " + i));
            assertThat(guess.statusCode()).isEqualTo(422);
            page = guess.body();
        }

        HttpResponse<String> next =
                browser.post("/en/account/login", page, Map.of("email", email, "password", PASSWORD));

        assertThat(next.statusCode()).isEqualTo(422);
        assertThat(next.body()).contains("Please complete the check below");
    }

    @Test
    void currentPasswordGuessesOnTheProfileAreThrottled() {
        String email = uniqueEmail("profile-guess");
        registerConfirmed(email, "Left Signed In");
        logInAs(email, PASSWORD);
        String profile = browser.get("/en/account").body();
        for (int i = 0; i < LoginThrottle.LOCK_EMAIL_AFTER; i++) {
            browser.post(
                    "/en/account/password",
                    profile,
                    Map.of("current", "guess number " + i, "password", "a brand new passphrase"));
        }

        HttpResponse<String> right = browser.post(
                "/en/account/password", profile, Map.of("current", PASSWORD, "password", "a brand new passphrase"));

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("Too many attempts");
        assertThat(logIn(new Browser(port), email, "a brand new passphrase").statusCode())
                .isNotEqualTo(302);
    }

    @Test
    void currentPasswordGuessesOnTheAddressFormAreThrottled() {
        String email = uniqueEmail("address-guess");
        registerConfirmed(email, "Left Signed In Too");
        logInAs(email, PASSWORD);
        String profile = browser.get("/en/account").body();
        for (int i = 0; i < LoginThrottle.LOCK_EMAIL_AFTER; i++) {
            browser.post(
                    "/en/account/email",
                    profile,
                    Map.of("newEmail", uniqueEmail("thief"), "emailPassword", "guess number " + i));
        }

        HttpResponse<String> right = browser.post(
                "/en/account/email", profile, Map.of("newEmail", uniqueEmail("thief"), "emailPassword", PASSWORD));

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("Too many attempts");
    }

    @Test
    void preRegisteredAccountLosesTheAttackersSessionWhenItsOwnerConfirms() {
        String email = uniqueEmail("pre-hijacked");
        Browser attacker = browser;
        assertThat(register("en", email, "Not The Owner", PASSWORD, true).statusCode())
                .isEqualTo(302);
        HttpResponse<String> signedIn = attacker.post(
                "/en/account/login",
                attacker.get("/en/account/login").body(),
                Map.of("email", email, "password", PASSWORD, "remember", "yes"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpCookie remember = cookie(attacker, "tribune-remember");

        Browser owner = new Browser(port);
        String link = linkMailedTo(email, "Confirm");
        String page = owner.get(link).body();
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(owner.post("/en/account/confirm", page, Map.of("token", token))
                        .statusCode())
                .isEqualTo(200);

        assertThat(attacker.get("/en/account/bar").statusCode()).isEqualTo(204);
        Browser attackersOtherDevice = new Browser(port);
        attackersOtherDevice.cookies().getCookieStore().add(URI.create("http://localhost:" + port), remember);
        assertThat(attackersOtherDevice.get("/en/account/bar").statusCode()).isEqualTo(204);
    }

    @Test
    void passwordResetRemovesProviderSignInsLinkedBeforeIt() {
        String email = uniqueEmail("planted");
        registerConfirmed(email, "Planted Identity");
        AccountId id = accountIdOf(email);
        jdbc.sql(
                        "insert into account_identity (account_id, issuer, provider, subject, linked_at) values (?, ?, ?, ?, ?)")
                .params(
                        id.value(),
                        "http://issuer.test",
                        "acme",
                        "attacker-subject",
                        java.sql.Timestamp.from(Instant.now()))
                .update();

        String recover = browser.get("/en/account/recover").body();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("email", email));
        fields.put("altcha", Browser.solveCaptcha(recover));
        assertThat(browser.post("/en/account/recover", recover, fields).statusCode())
                .isEqualTo(302);
        String link = linkMailedTo(email, "Reset your password");
        String resetPage = browser.get(link).body();
        String token = link.substring(link.indexOf("token=") + 6);
        HttpResponse<String> reset =
                browser.post("/en/account/reset", resetPage, Map.of("token", token, "password", "my own new phrase"));
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).contains("sign-ins through other services (such as Google) were unlinked");

        assertThat(jdbc.sql("select count(*) from account_identity where account_id = ?")
                        .param(id.value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void resetLinksEndWhenThePasswordChanges() {
        String email = uniqueEmail("old-link");
        registerConfirmed(email, "Old Link");
        String recover = browser.get("/en/account/recover").body();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("email", email));
        fields.put("altcha", Browser.solveCaptcha(recover));
        browser.post("/en/account/recover", recover, fields);
        String link = linkMailedTo(email, "Reset your password");

        logInAs(email, PASSWORD);
        String profile = browser.get("/en/account").body();
        assertThat(browser.post(
                                "/en/account/password",
                                profile,
                                Map.of("current", PASSWORD, "password", "changed on the profile"))
                        .statusCode())
                .isLessThan(400);

        HttpResponse<String> oldLink = new Browser(port).get(link);
        assertThat(oldLink.statusCode()).isEqualTo(400);
        assertThat(oldLink.body()).contains("This link no longer works");
    }

    @Test
    void rememberMeAloneCannotDeleteTheAccount() {
        String email = uniqueEmail("left-remembered");
        registerConfirmed(email, "Left Remembered");
        Browser sharedComputer = rememberedOnly(email);
        String profile = sharedComputer.get("/en/account").body();

        HttpResponse<String> areYouSure = sharedComputer.get("/en/account/delete");
        HttpResponse<String> delete = sharedComputer.post("/en/account/delete", profile, Map.of());

        assertThat(areYouSure.statusCode()).isEqualTo(302);
        assertThat(areYouSure.headers().firstValue("Location").orElseThrow()).endsWith("/en/account/login?again");
        assertThat(delete.statusCode()).isEqualTo(302);
        assertThat(accounts.find(accountIdOf(email)).orElseThrow().isActive()).isTrue();
    }

    @Test
    void rememberMeAloneCannotOpenTheAdministratorsPagesButAFreshLogInLeadsBack() {
        String email = administrator("remembered-admin", "Remembered Chief");
        Browser sharedComputer = rememberedOnly(email);

        HttpResponse<String> roles = sharedComputer.get("/en/account/admin/roles");

        assertThat(roles.statusCode()).isEqualTo(302);
        String login = roles.headers().firstValue("Location").orElseThrow();
        assertThat(login).endsWith("/en/account/login?again");
        String page =
                sharedComputer.get(login.replaceFirst("^http://[^/]+", "")).body();
        assertThat(page).contains("please log in again to continue");
        HttpResponse<String> again =
                sharedComputer.post("/en/account/login", page, Map.of("email", email, "password", PASSWORD));
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/en/account/admin/roles");
        assertThat(sharedComputer.get("/en/account/admin/roles").statusCode()).isEqualTo(200);
    }

    @Test
    void theLogInAgainIsAskedInTheGuardedPagesEditionAndLeadsBackThere() {
        String email = administrator("remembered-elsewhere", "Remembered Elsewhere");
        Browser sharedComputer = rememberedOnly(email);

        HttpResponse<String> delete = sharedComputer.get("/es/account/delete");
        HttpResponse<String> roles = sharedComputer.get("/ru/account/admin/roles");

        assertThat(delete.headers().firstValue("Location").orElseThrow()).endsWith("/es/account/login?again");
        assertThat(roles.headers().firstValue("Location").orElseThrow()).endsWith("/ru/account/login?again");
        String page = sharedComputer.get("/ru/account/login?again").body();
        HttpResponse<String> again =
                sharedComputer.post("/ru/account/login", page, Map.of("email", email, "password", PASSWORD));
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/ru/account/admin/roles");
    }

    /**
     * The page a log-in again leads back to is taken from the request that asked for it: a path of another
     * site, or one that a browser reads as another site ({@code //host}, {@code /\\host}), must never
     * become the way back, in any spelling, and neither must a page that only starts like a guarded one.
     */
    @Test
    void theWayBackAfterALogInAgainNeverLeavesTheSite() throws IOException {
        String email = administrator("way-back", "Way Back");
        for (String target : List.of(
                "//evil.example/en/account/admin/roles",
                "/%2F%2Fevil.example/en/account/admin/roles",
                "/en/account/admin/%2F%2Fevil.example",
                "/en/account/admin/roles/..%2F..%2F..%2F%2Fevil.example",
                "/%5Cevil.example/en/account/delete",
                "/en/account/admin/roles?next=//evil.example",
                "/en/account/admin/evil.example",
                "/en/account/admin/roles/evil.example",
                "/en/account/deleted",
                "/en/account/administrators")) {
            Browser sharedComputer = rememberedOnly(email);
            sharedComputer.get(target);
            assertTheWayBackStaysOnTheSite(sharedComputer, email, target);
        }
        for (String target : List.of(
                "/\\evil.example/en/account/delete",
                "//evil.example/en/account/delete",
                "https://evil.example/en/account/admin/roles",
                "http://evil.example//evil.example/en/account/delete")) {
            Browser sharedComputer = rememberedOnly(email);
            rawGet(sharedComputer, target, "Host: localhost:" + port);
            assertTheWayBackStaysOnTheSite(sharedComputer, email, target);
        }
        // the guarded page itself, asked for under another host's name: the way back is a path, not a site
        for (String header : List.of(
                "Host: evil.example",
                "Host: localhost:" + port + "\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https",
                "Host: localhost:" + port + "\r\nForwarded: host=evil.example;proto=https",
                "Host: localhost:" + port + "\r\nReferer: https://evil.example/en/account/admin/roles")) {
            Browser sharedComputer = rememberedOnly(email);
            rawGet(sharedComputer, "/en/account/admin/roles", header);
            assertTheWayBackStaysOnTheSite(sharedComputer, email, header);
        }
    }

    private void assertTheWayBackStaysOnTheSite(Browser browser, String email, String target) {
        String page = browser.get("/en/account/login?again").body();
        HttpResponse<String> again =
                browser.post("/en/account/login", page, Map.of("email", email, "password", PASSWORD));
        assertThat(again.statusCode()).as("log-in after %s", target).isEqualTo(302);
        String location = again.headers().firstValue("Location").orElseThrow();
        URI back = URI.create("http://localhost:" + port + "/en/account/login").resolve(location);
        assertThat(back.getHost()).as("way back after %s: %s", target, location).isEqualTo("localhost");
        assertThat(back.getPort()).as("way back after %s: %s", target, location).isEqualTo(port);
        assertThat(back.getRawPath())
                .as("way back after %s: %s", target, location)
                .startsWith("/en/")
                .doesNotContain("//", "\\", "%2F", "%2f", "%5C", "%5c", "evil");
        assertThat(location)
                .as("way back after %s", target)
                .doesNotStartWith("//")
                .doesNotStartWith("/\\");
    }

    /**
     * A get with the request target and headers written as is, which no HTTP client library sends: a
     * backslash, the absolute form with another host, another host's name; carrying the browser's cookies.
     */
    private void rawGet(Browser browser, String target, String headers) throws IOException {
        String cookies = browser.cookies().getCookieStore().get(URI.create("http://localhost:" + port)).stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\n" + headers + "\r\nCookie: " + cookies
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.getInputStream().readAllBytes();
        }
    }

    @Autowired
    RoleRepository roles;

    /** The address of a new administrator's account. */
    private String administrator(String name, String displayName) {
        String email = uniqueEmail(name);
        registerConfirmed(email, displayName);
        roles.grant(accountIdOf(email), Role.ADMIN, null, null, Instant.now());
        return email;
    }

    /** A browser that holds nothing but the account's remember-me cookie, as a shared computer days later. */
    private Browser rememberedOnly(String email) {
        Browser device = new Browser(port);
        String page = device.get("/en/account/login").body();
        device.post("/en/account/login", page, Map.of("email", email, "password", PASSWORD, "remember", "yes"));
        Browser later = new Browser(port);
        later.cookies()
                .getCookieStore()
                .add(URI.create("http://localhost:" + port), cookie(device, "tribune-remember"));
        assertThat(later.get("/en/account/bar").statusCode()).isEqualTo(200);
        return later;
    }

    private String providerOnlyAccount(String name) {
        String email = uniqueEmail(name);
        AccountId id = accounts.insert(email, "Joined Through Provider", null, "en", Instant.now());
        accounts.confirm(id, Instant.now());
        jdbc.sql(
                        "insert into account_identity (account_id, issuer, provider, subject, linked_at) values (?, ?, ?, ?, ?)")
                .params(
                        id.value(),
                        "http://issuer.test",
                        "acme",
                        "subject-" + name,
                        java.sql.Timestamp.from(Instant.now()))
                .update();
        return email;
    }

    private static HttpResponse<String> logIn(Browser visitor, String email, String password) {
        String page = visitor.get("/en/account/login").body();
        return visitor.post("/en/account/login", page, Map.of("email", email, "password", password));
    }

    private static HttpCookie cookie(Browser browser, String name) {
        return browser.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
