package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsRegistrationTests extends AccountsWebTest {

    @Autowired
    Accounts accounts;

    @Test
    void registeredReaderConfirmsByTheMailedLinkAndConsentIsRecorded() {
        String email = uniqueEmail("ada");
        HttpResponse<String> sent = register("en", email, "Ada Lovelace", PASSWORD, true);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/en/account/registered");
        assertThat(browser.get("/en/account/registered").body()).contains("Check your inbox");

        AccountId id = jdbc.sql("select id from account where email = ?")
                .param(email)
                .query((rs, n) -> new AccountId(rs.getLong(1)))
                .single();
        assertThat(accounts.isConfirmed(id)).isFalse();
        assertThat(jdbc.sql("select policy_version from account_consent where account_id = ? and given_at is not null")
                        .param(id.value())
                        .query(String.class)
                        .single())
                .isEqualTo("2026-11");

        String link = linkMailedTo(email, "Confirm your address");
        String page = browser.get(link).body();
        assertThat(page).contains("Confirm my address");
        String token = link.substring(link.indexOf("token=") + 6);
        HttpResponse<String> confirmed = browser.post("/en/account/confirm", page, Map.of("token", token));

        assertThat(confirmed.body()).contains("Address confirmed");
        assertThat(accounts.isConfirmed(id)).isTrue();
    }

    @Test
    void confirmationLinkWorksOnce() {
        String email = uniqueEmail("once");
        register("en", email, "Once Only", PASSWORD, true);
        String link = linkMailedTo(email, "Confirm");
        String token = link.substring(link.indexOf("token=") + 6);
        String page = browser.get(link).body();
        browser.post("/en/account/confirm", page, Map.of("token", token));

        HttpResponse<String> replayed = browser.post("/en/account/confirm", page, Map.of("token", token));

        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("This link no longer works");
    }

    @Test
    void tamperedConfirmationLinkIsRefused() {
        String page = browser.get("/en/account/confirm?token=abc").body();
        for (String token : new String[] {"", "abc", "x".repeat(43), "<script>alert(1)</script>", "' or 1=1 --"}) {
            HttpResponse<String> answer = browser.post("/en/account/confirm", page, Map.of("token", token));
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("This link no longer works").doesNotContain("<script>alert");
        }
    }

    @Test
    void nothingIsCreatedWithoutConsent() {
        String email = uniqueEmail("noconsent");
        HttpResponse<String> answer = register("en", email, "No Consent", PASSWORD, false);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("We cannot create an account without your agreement.");
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void botThatSkipsTheCaptchaIsRefused() {
        String email = uniqueEmail("bot");
        String page = browser.get("/en/account/register").body();
        HttpResponse<String> answer = browser.post(
                "/en/account/register",
                page,
                Map.of("email", email, "displayName", "Busy Bot", "password", PASSWORD, "consent", "yes"));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("The check did not succeed or has expired.");
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void captchaSolutionWorksOnlyOnce() {
        String page = browser.get("/en/account/register").body();
        String solution = Browser.solveCaptcha(page);
        String first = uniqueEmail("first");
        String second = uniqueEmail("second");
        browser.post("/en/account/register", page, form(first, "First Reader", solution));

        HttpResponse<String> reused =
                browser.post("/en/account/register", page, form(second, "Second Reader", solution));

        assertThat(accountsWith(first)).isOne();
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(accountsWith(second)).isZero();
    }

    @Test
    void captchaOfTheLogInFormDoesNotOpenRegistration() {
        String email = uniqueEmail("otherform");
        // a register page solution whose salt is rewritten to another form fails the signature check
        String page = browser.get("/en/account/register").body();
        String solution = Browser.solveCaptcha(page);
        String decoded = new String(java.util.Base64.getDecoder().decode(solution), StandardCharsets.UTF_8)
                .replace("form=register", "form=login");
        String tampered = java.util.Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = browser.post("/en/account/register", page, form(email, "Form Hopper", tampered));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void registeringAnAddressTwiceLooksTheSameAndOnlyTellsItsOwner() {
        String email = uniqueEmail("twice");
        register("en", email, "First Owner", PASSWORD, true);
        linkMailedTo(email, "Confirm");

        HttpResponse<String> again = register("en", email.toUpperCase(), "Second Comer", PASSWORD + "!", true);

        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/en/account/registered");
        assertThat(accountsWith(email)).isOne();
        assertThat(letterTo(email, "Registration attempt")).isNotNull();
    }

    @Test
    void errorsAreInTheEditionsLanguage() {
        HttpResponse<String> ru = register("ru", "not-an-address", "Анна", PASSWORD, true);
        HttpResponse<String> ar = register("ar", "not-an-address", "ليلى", PASSWORD, true);
        HttpResponse<String> es = register("es", "not-an-address", "Lucía", PASSWORD, true);

        assertThat(ru.body()).contains("Введите действительный адрес");
        assertThat(ar.body()).contains("أدخل عنوان بريد إلكتروني صالحاً").contains("dir=\"rtl\"");
        assertThat(es.body()).contains("Introduzca una dirección válida");
    }

    static Stream<Arguments> hostileForms() {
        String good = "a-" + System.nanoTime() + "@example.org";
        return Stream.of(
                Arguments.of("", "Ada", PASSWORD, "Enter a valid email address"),
                Arguments.of("<script>alert(1)</script>@example.org", "Ada", PASSWORD, "Enter a valid email address"),
                Arguments.of("x'; drop table account; --@example.org", "Ada", PASSWORD, "Enter a valid email address"),
                Arguments.of("ad\u200Ba@example.org", "Ada", PASSWORD, "Enter a valid email address"),
                Arguments.of("ada@ex\u0430mple.org", "Ada", PASSWORD, "Enter a valid email address"),
                Arguments.of("ada@example.org\u202E", "Ada", PASSWORD, "Enter a valid email address"),
                Arguments.of("a".repeat(300) + "@example.org", "Ada", PASSWORD, "Enter a valid email address"),
                Arguments.of(good, "", PASSWORD, "2 to 40 characters"),
                Arguments.of(good, "A", PASSWORD, "2 to 40 characters"),
                Arguments.of(good, "x".repeat(41), PASSWORD, "2 to 40 characters"),
                Arguments.of(good, "Moderator", PASSWORD, "could be taken for the newsroom"),
                Arguments.of(good, "The M0DERAT0R", PASSWORD, "could be taken for the newsroom"),
                Arguments.of(good, "\u041Coderator", PASSWORD, "could be taken for the newsroom"),
                Arguments.of(good, "A.d.m.i.n", PASSWORD, "could be taken for the newsroom"),
                Arguments.of(good, "T r i b u n e", PASSWORD, "could be taken for the newsroom"),
                Arguments.of(good, "Tribune Staff", PASSWORD, "could be taken for the newsroom"),
                Arguments.of(good, "Админ", PASSWORD, "could be taken for the newsroom"),
                Arguments.of(good, "المشرف", PASSWORD, "could be taken for the newsroom"),
                Arguments.of(good, "<script>x</script>", PASSWORD, "may use only letters"),
                Arguments.of(good, "evil\u202Egnp.exe", PASSWORD, "may use only letters"),
                Arguments.of(good, "12345", PASSWORD, "may use only letters"),
                Arguments.of(good, "Ada", "", "10 to 128 characters"),
                Arguments.of(good, "Ada", "short", "10 to 128 characters"),
                Arguments.of(good, "Ada", "p".repeat(129), "10 to 128 characters"),
                Arguments.of(good, "Ada", "password123", "too easy to guess"),
                Arguments.of(good, "Ada", "1234567890", "too easy to guess"),
                Arguments.of(good, "Ada", "Qwertyuiop!", "too easy to guess"),
                Arguments.of(good, "Ada", "aaaaaaaaaaaa", "too easy to guess"),
                Arguments.of(good, "Robert'); DROP TABLE account;--", PASSWORD, "may use only letters"),
                Arguments.of("x@example.org' OR '1'='1", "Ada", PASSWORD, "Enter a valid email address"));
    }

    @ParameterizedTest
    @MethodSource("hostileForms")
    void hostileInputIsRefusedWithAClearMessageAndNothingWritten(
            String email, String displayName, String password, String message) {
        int before = accountCount();

        HttpResponse<String> answer = register("en", email, displayName, password, true);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body())
                .contains(message)
                .doesNotContain("<script>alert")
                .doesNotContain("<script>x");
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void tenMegabyteFieldIsRefusedWithoutAServerError() {
        int before = accountCount();
        String page = browser.get("/en/account/register").body();
        Map<String, String> fields =
                form(uniqueEmail("huge"), "x".repeat(10 * 1024 * 1024), Browser.solveCaptcha(page));

        HttpResponse<String> answer = browser.post("/en/account/register", page, fields);

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void invalidUtf8IsRefusedWithoutAServerError() {
        int before = accountCount();
        String page = browser.get("/en/account/register").body();
        String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String body = "_csrf=" + csrf + "&email=" + uniqueEmail("utf") + "&displayName=%FF%FEAda%C3&password="
                + "abcdefghijkl9" + "&consent=yes&altcha="
                + java.net.URLEncoder.encode(Browser.solveCaptcha(page), StandardCharsets.UTF_8);

        HttpResponse<byte[]> answer =
                browser.postBytes("/en/account/register", body.getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("The request could not be understood");
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void formWithoutCsrfTokenChangesNothing() {
        int before = accountCount();
        HttpResponse<String> answer = browser.postRaw(
                "/en/account/register",
                Browser.encode(Map.of(
                        "email",
                        uniqueEmail("csrf"),
                        "displayName",
                        "No Token",
                        "password",
                        PASSWORD,
                        "consent",
                        "yes")));

        assertThat(answer.statusCode()).isBetween(400, 403);
        assertThat(accountCount()).isEqualTo(before);
    }

    private static Map<String, String> form(String email, String displayName, String solution) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", email);
        fields.put("displayName", displayName);
        fields.put("password", PASSWORD);
        fields.put("consent", "yes");
        fields.put("altcha", solution);
        return fields;
    }
}
