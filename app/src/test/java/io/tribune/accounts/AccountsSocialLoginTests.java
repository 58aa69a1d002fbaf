package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.core.LoginThrottle;
import io.tribune.accounts.profile.PurgeDeletedAccounts;
import io.tribune.support.Browser;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Log-in through an OpenID Connect provider, its linking question and both answers, over HTTP. */
class AccountsSocialLoginTests extends SocialLoginWebTest {

    private static final Pattern PENDING = Pattern.compile("name=\"pending\" value=\"([^\"]+)\"");
    private static final String REFUSED = "The email address or the password is not right.";

    @Autowired
    PurgeDeletedAccounts purge;

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void loginAndRegisterPagesShowOneButtonPerProviderInTheEditionsLanguage() {
        assertThat(browser.get("/en/account/login").body())
                .contains("Continue with Mock ID")
                .contains("href=\"/en/account/social/start/mock\"");
        assertThat(browser.get("/ru/account/register").body())
                .contains("Продолжить с Mock ID")
                .contains("href=\"/ru/account/social/start/mock\"");
        assertThat(browser.get("/es/account/login").body()).contains("Continuar con Mock ID");
        assertThat(browser.get("/ar/account/login").body()).contains("المتابعة باستخدام Mock ID");
        assertThat(browser.get("/en/account/social/start/unknown").statusCode()).isEqualTo(404);
        assertThat(browser.get("/login").statusCode()).isEqualTo(404);
    }

    @Test
    void firstLoginAsksWhetherTheReaderAlreadyHasAnAccountWithoutSigningThemIn() {
        String subject = uniqueSubject("first");
        int before = accountCount();

        HttpResponse<String> question =
                signInAtProvider(browser, "ru", subject, person("Анна Читатель", uniqueEmail("anna"), true));

        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body())
                .contains("У вас уже есть учётная запись на этом сайте?")
                .contains("Вы вошли через Mock ID как Анна Читатель")
                .contains("href=\"/ru/account/social/link\"")
                .contains("href=\"/ru/account/social/join\"");
        assertThat(browser.get("/ru/account/bar").statusCode()).isEqualTo(204);
        assertThat(browser.get("/ru/account").statusCode()).isEqualTo(302);
        assertThat(accountCount()).isEqualTo(before);
        assertThat(identitiesOf(subject)).isZero();
    }

    @Test
    void yesWithAWrongPasswordIsRefusedAndWithTheRightOneLinksAndSignsIn() {
        String email = uniqueEmail("linker");
        registerConfirmed(email, "Link Ready");
        String subject = uniqueSubject("linker");
        signInAtProvider(browser, "en", subject, person("Someone Else", uniqueEmail("other"), true));
        String form = browser.get("/en/account/social/link").body();
        assertThat(form).contains("Link to your account").contains("name=\"pending\"");

        HttpResponse<String> wrong =
                answer(browser, "/en/account/social/link", form, Map.of("email", email, "password", "not it at all"));
        HttpResponse<String> unknown = answer(
                browser, "/en/account/social/link", form, Map.of("email", uniqueEmail("nobody"), "password", PASSWORD));

        assertThat(wrong.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains(REFUSED);
        assertThat(unknown.body()).contains(REFUSED);
        assertThat(identitiesOf(subject)).isZero();
        assertThat(browser.get("/en/account/bar").statusCode()).isEqualTo(204);

        String sessionBefore = cookie(browser, "JSESSIONID");
        HttpResponse<String> right =
                answer(browser, "/en/account/social/link", wrong.body(), Map.of("email", email, "password", PASSWORD));

        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(location(right)).endsWith("/en/");
        assertThat(cookie(browser, "JSESSIONID")).isNotEqualTo(sessionBefore);
        assertThat(browser.get("/en/account/bar").body()).contains("Link Ready");
        assertThat(identitiesOf(subject)).isOne();
        assertThat(ownerOf(subject)).isEqualTo(idOf(email));
    }

    @Test
    void yesIsThrottledLikeTheLogInForm() {
        String email = uniqueEmail("throttled");
        registerConfirmed(email, "Throttled Reader");
        signInAtProvider(browser, "en", uniqueSubject("throttled"), person("Throttled", email, false));
        String page = browser.get("/en/account/social/link").body();
        for (int i = 0; i < LoginThrottle.CAPTCHA_AFTER; i++) {
            page = answer(
                            browser,
                            "/en/account/social/link",
                            page,
                            Map.of("email", email, "password", "wrong guess " + i))
                    .body();
        }

        HttpResponse<String> withoutCaptcha =
                answer(browser, "/en/account/social/link", page, Map.of("email", email, "password", PASSWORD));

        assertThat(withoutCaptcha.statusCode()).isEqualTo(422);
        assertThat(withoutCaptcha.body())
                .contains("Please complete the check below")
                .contains("altcha-widget");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("email", email, "password", PASSWORD));
        fields.put("altcha", Browser.solveCaptcha(withoutCaptcha.body()));
        assertThat(answer(browser, "/en/account/social/link", withoutCaptcha.body(), fields)
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void noWithoutConsentCreatesNothing() {
        String subject = uniqueSubject("unwilling");
        String email = uniqueEmail("unwilling");
        signInAtProvider(browser, "en", subject, person("Not Agreeing", email, true));
        String form = browser.get("/en/account/social/join").body();
        assertThat(form).contains("value=\"Not Agreeing\"").contains("value=\"" + email + "\"");
        int before = accountCount();

        HttpResponse<String> answer =
                answer(browser, "/en/account/social/join", form, Map.of("email", email, "displayName", "Not Agreeing"));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("We cannot create an account without your agreement.");
        assertThat(accountCount()).isEqualTo(before);
        assertThat(identitiesOf(subject)).isZero();
    }

    @Test
    void noWithConsentAndTheVerifiedAddressCreatesAConfirmedAccountAndSignsIn() {
        String subject = uniqueSubject("newcomer");
        String email = uniqueEmail("newcomer");
        signInAtProvider(browser, "es", subject, person("Nueva Lectora", email, true));
        String form = browser.get("/es/account/social/join").body();
        assertThat(form).contains("Mock ID ha confirmado esta dirección");

        HttpResponse<String> answer = join("es", form, email, "Nueva Lectora");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(location(answer)).endsWith("/es/");
        assertThat(browser.get("/es/account/bar").body()).contains("Nueva Lectora");
        Map<String, Object> account = jdbc.sql("select * from account where email = ?")
                .param(email)
                .query()
                .singleRow();
        assertThat(account.get("confirmed_at")).isNotNull();
        assertThat(account.get("password_hash")).isNull();
        assertThat(account.get("edition")).isEqualTo("es");
        assertThat(jdbc.sql("select policy_version from account_consent where account_id = ?")
                        .param(account.get("id"))
                        .query(String.class)
                        .list())
                .containsExactly("2026-11");
        assertThat(ownerOf(subject)).isEqualTo(idOf(email));
    }

    @Test
    void noWithAnUnverifiedAddressMailsTheConfirmationLinkAndLinksNothingUntilTheOwnerLogsIn() {
        String subject = uniqueSubject("unverified");
        String email = uniqueEmail("unverified");
        signInAtProvider(browser, "en", subject, person("Unverified Reader", email, false));
        String form = browser.get("/en/account/social/join").body();
        assertThat(form).contains("We will send a link to confirm this address.");

        HttpResponse<String> answer = join("en", form, email, "Unverified Reader");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Check your inbox").contains("continue with the same service again");
        assertThat(browser.get("/en/account/bar").statusCode()).isEqualTo(204);
        String link = linkMailedTo(email, "Confirm");
        assertThat(link).contains("/en/account/confirm?token=");
        assertThat(jdbc.sql("select confirmed_at from account where email = ?")
                        .param(email)
                        .query()
                        .singleRow()
                        .get("confirmed_at"))
                .isNull();
        assertThat(identitiesOf(subject)).isZero();

        // confirmed, with a password set through recovery and logged in, the reader links the service
        String token = link.substring(link.indexOf("token=") + 6);
        browser.post("/en/account/confirm", browser.get(link).body(), Map.of("token", token));
        setPasswordThroughRecovery(browser, email);
        logIn(browser, email);
        HttpResponse<String> linked =
                signInAtProvider(browser, "en", subject, person("Unverified Reader", email, false));
        assertThat(location(linked)).endsWith("/en/account/identities?done=linked");
        assertThat(ownerOf(subject)).isEqualTo(idOf(email));
    }

    @Test
    void aStrangerWhoJoinsWithSomeoneElsesAddressGetsNoWayIntoIt() {
        String attacker = uniqueSubject("planter");
        String victim = uniqueEmail("victim");
        signInAtProvider(browser, "en", attacker, person("Planter", uniqueEmail("planter"), true));

        HttpResponse<String> answer =
                join("en", browser.get("/en/account/social/join").body(), victim, "Planter");

        assertThat(answer.body()).contains("Check your inbox");
        assertThat(accountsWith(victim)).isOne();
        assertThat(identitiesOf(attacker)).isZero();
        Browser again = new Browser(port);
        HttpResponse<String> back = signInAtProvider(again, "en", attacker, person("Planter", victim, false));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Do you already have an account here?");
        assertThat(again.get("/en/account/bar").statusCode()).isEqualTo(204);
    }

    @Test
    void anUnconfirmedAccountCannotTakeAProviderSignInEitherWay() {
        String victim = uniqueEmail("unproven");
        assertThat(register("en", victim, "Unproven", PASSWORD, true).statusCode())
                .isEqualTo(302);
        logIn(browser, victim);
        String subject = uniqueSubject("unproven");

        HttpResponse<String> added = signInAtProvider(browser, "en", subject, person("Unproven", victim, false));

        assertThat(added.statusCode()).isEqualTo(400);
        assertThat(identitiesOf(subject)).isZero();
        Browser other = new Browser(port);
        signInAtProvider(other, "en", subject, person("Unproven", victim, false));
        HttpResponse<String> yes = answer(
                other,
                "/en/account/social/link",
                other.get("/en/account/social/link").body(),
                Map.of("email", victim, "password", PASSWORD));
        assertThat(yes.statusCode()).isNotEqualTo(302);
        assertThat(identitiesOf(subject)).isZero();
    }

    @Test
    void anIdentityOnAnUnconfirmedAccountDoesNotSignInAndTheOwnersResetRemovesIt() {
        String victim = uniqueEmail("planted");
        assertThat(register("en", victim, "Planted", PASSWORD, true).statusCode())
                .isEqualTo(302);
        String subject = uniqueSubject("planted");
        // as an earlier version linked it: straight to the unconfirmed account
        jdbc.sql("insert into account_identity (account_id, issuer, subject, provider, linked_at)"
                        + " values (?, ?, ?, 'mock', current_timestamp)")
                .params(idOf(victim).value(), PROVIDER.issuerUrl("default").toString(), subject)
                .update();

        HttpResponse<String> refused = signInAtProvider(browser, "ru", subject, person("Planter", victim, false));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Этот вход пока недоступен");
        assertThat(browser.get("/en/account/bar").statusCode()).isEqualTo(204);
        setPasswordThroughRecovery(new Browser(port), victim);
        assertThat(identitiesOf(subject)).isZero();
    }

    @Test
    void aPendingProviderSignInIsDroppedByAPasswordLogInAndNeverLinkedUnasked() {
        String email = uniqueEmail("passer");
        registerConfirmed(email, "Passes By");
        String subject = uniqueSubject("left-behind");
        signInAtProvider(browser, "en", subject, person("Someone Else", uniqueEmail("else"), true));

        logIn(browser, email);
        HttpResponse<String> later = browser.get("/en/account/social");

        assertThat(later.statusCode()).isEqualTo(400);
        assertThat(identitiesOf(subject)).isZero();
    }

    @Test
    void theJoinFormMailsAFewLettersAnHourPerIdentityThenAnswersTheSameWithoutMailing() {
        String subject = uniqueSubject("spammer");
        String target = uniqueEmail("target");
        registerConfirmed(target, "Target");
        long before = lettersTo(target);
        for (int i = 0; i < 4; i++) {
            Browser visitor = new Browser(port);
            signInAtProvider(visitor, "en", subject, person("Spammer", uniqueEmail("spammer"), false));
            HttpResponse<String> answer =
                    join(visitor, "en", visitor.get("/en/account/social/join").body(), target, "Spammer");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("Check your inbox");
        }
        letterTo(target, "Registration attempt");
        assertThat(lettersTo(target)).isEqualTo(before + 3);
    }

    @Test
    void anUnverifiedAddressThatHasAnAccountGetsTheSamePageAndItsOwnerALetter() {
        String email = uniqueEmail("taken");
        registerConfirmed(email, "Address Owner");
        String subject = uniqueSubject("taken");
        signInAtProvider(browser, "en", subject, person("Claimant", uniqueEmail("claimant"), false));
        String form = browser.get("/en/account/social/join").body();
        int before = accountCount();
        long letters = lettersTo(email);

        HttpResponse<String> answer = join("en", form, email, "Claimant");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Check your inbox");
        assertThat(accountCount()).isEqualTo(before);
        assertThat(identitiesOf(subject)).isZero();
        letterTo(email, "Registration attempt");
        assertThat(lettersTo(email)).isEqualTo(letters + 1);
    }

    @Test
    void aVerifiedAddressThatHasAnAccountIsOfferedTheYesPathInstead() {
        String email = uniqueEmail("owner");
        registerConfirmed(email, "Verified Owner");
        String subject = uniqueSubject("owner");
        signInAtProvider(browser, "en", subject, person("Verified Owner", email, true));
        int before = accountCount();

        HttpResponse<String> answer =
                join("en", browser.get("/en/account/social/join").body(), email, "Verified Owner");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("If this address already has an account here, log in to it below to link Mock ID.")
                .contains("action=\"/en/account/social/link\"")
                .contains("value=\"" + email + "\"");
        assertThat(accountCount()).isEqualTo(before);
        assertThat(answer(
                                browser,
                                "/en/account/social/link",
                                answer.body(),
                                Map.of("email", email, "password", PASSWORD))
                        .statusCode())
                .isEqualTo(302);
        assertThat(ownerOf(subject)).isEqualTo(idOf(email));
    }

    @Test
    void aReaderWithoutAPasswordSetsOneThroughRecoveryAndMayThenUnlink() {
        String subject = uniqueSubject("recovering");
        String email = uniqueEmail("recovering");
        signInAtProvider(browser, "en", subject, person("Recovering Reader", email, true));
        join("en", browser.get("/en/account/social/join").body(), email, "Recovering Reader");
        setPasswordThroughRecovery(browser, email);
        logIn(browser, email);

        HttpResponse<String> unlinked = browser.post(
                "/en/account/identities/unlink",
                browser.get("/en/account/identities").body(),
                Map.of("identity", Long.toString(identityId(subject))));

        assertThat(unlinked.statusCode()).isEqualTo(302);
        assertThat(identitiesOf(subject)).isZero();
    }

    @Test
    void theIdentitiesPageSaysOnlyTheNoticesItsRedirectsAskFor() {
        String subject = uniqueSubject("notices");
        String email = uniqueEmail("notices");
        signInAtProvider(browser, "en", subject, person("Notice Reader", email, true));
        join("en", browser.get("/en/account/social/join").body(), email, "Notice Reader");
        setPasswordThroughRecovery(browser, email);
        logIn(browser, email);

        assertThat(browser.get("/en/account/identities?done=linked").body())
                .contains("The service is linked: you can now log in with it.");
        assertThat(browser.get("/ru/account/identities?done=unlinked").body()).contains("Сервис отвязан.");
        for (String hostile : List.of(
                "",
                "LINKED",
                "linked%00",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "linked%27+or+1%3D1+--",
                "x".repeat(1000))) {
            HttpResponse<String> page = browser.get("/en/account/identities?done=" + hostile);
            assertThat(page.statusCode()).as(hostile).isEqualTo(200);
            assertThat(page.body())
                    .as(hostile)
                    .contains("Mock ID")
                    .doesNotContain("The service is linked", "The service is unlinked", "<script>alert");
        }
        // not UTF-8: the site's localised 400, as for any parameter
        HttpResponse<String> broken = browser.get("/ru/account/identities?done=%ED%A0%80");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("Запрос не распознан");
    }

    @Test
    void aReaderWithoutAPasswordSetsTheFirstOneOnTheProfileWithoutACurrentOne() {
        String subject = uniqueSubject("first-password");
        String email = uniqueEmail("first-password");
        signInAtProvider(browser, "en", subject, person("First Password", email, true));
        join("en", browser.get("/en/account/social/join").body(), email, "First Password");
        String profile = browser.get("/en/account").body();
        assertThat(profile)
                .contains("no password here yet", "first choose a password")
                .doesNotContain("name=\"current\"", "name=\"emailPassword\"");

        HttpResponse<String> weak =
                browser.post("/en/account/password", profile, Map.of("current", "", "password", "password"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(browser.post("/en/account/password", profile, Map.of("current", "", "password", PASSWORD))
                        .statusCode())
                .isEqualTo(200);

        Browser later = new Browser(port);
        logIn(later, email);
        String again = later.get("/en/account").body();
        assertThat(again).contains("name=\"current\"", "name=\"emailPassword\"");
        assertThat(later.post("/en/account/password", again, Map.of("current", "", "password", "another passphrase 2"))
                        .statusCode())
                .as("once there is a password, changing it needs it")
                .isEqualTo(422);
    }

    @Test
    void aDeletedAccountCannotLogInThroughItsProviderUntilRestored() {
        String subject = uniqueSubject("deleted");
        String email = uniqueEmail("deleted");
        signInAtProvider(browser, "en", subject, person("Soon Gone", email, true));
        join("en", browser.get("/en/account/social/join").body(), email, "Soon Gone");
        browser.post("/en/account/delete", browser.get("/en/account/delete").body(), Map.of());

        Browser later = new Browser(port);
        HttpResponse<String> refused = signInAtProvider(later, "en", subject, person("Soon Gone", email, true));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("This account is deleted");
        assertThat(later.get("/en/account/bar").statusCode()).isEqualTo(204);
    }

    @Test
    void yesToADeletedAccountIsRefusedLikeALogIn() {
        String email = uniqueEmail("gone");
        registerConfirmed(email, "Gone Reader");
        logIn(browser, email);
        browser.post("/en/account/delete", browser.get("/en/account/delete").body(), Map.of());
        Browser visitor = new Browser(port);
        String subject = uniqueSubject("gone");
        signInAtProvider(visitor, "en", subject, person("Gone Reader", email, false));

        HttpResponse<String> answer = answer(
                visitor,
                "/en/account/social/link",
                visitor.get("/en/account/social/link").body(),
                Map.of("email", email, "password", PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains(REFUSED);
        assertThat(identitiesOf(subject)).isZero();
    }

    @Test
    void theExportListsTheIdentitiesAndThePurgeErasesThem() {
        String subject = uniqueSubject("exported");
        String email = uniqueEmail("exported");
        signInAtProvider(browser, "en", subject, person("Exported Reader", email, true));
        join("en", browser.get("/en/account/social/join").body(), email, "Exported Reader");

        HttpResponse<String> export = browser.get("/en/account/export.json");

        assertThat(export.body()).contains("\"identities\"").contains(subject).contains("\"provider\":\"mock\"");
        AccountId id = idOf(email);
        browser.post("/en/account/delete", browser.get("/en/account/delete").body(), Map.of());
        jdbc.sql("update account set deactivated_at = ? where id = ?")
                .params(
                        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(31))),
                        id.value())
                .update();
        purge.purge();
        assertThat(identitiesOf(subject)).isZero();
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void theProfileListsIdentitiesAndKeepsTheLastWayIntoAnAccountWithoutAPassword() {
        String subject = uniqueSubject("only-way");
        String email = uniqueEmail("only-way");
        signInAtProvider(browser, "en", subject, person("Only Way", email, true));
        join("en", browser.get("/en/account/social/join").body(), email, "Only Way");
        assertThat(browser.get("/en/account").body()).contains("hx-get=\"/en/account/identities\"");

        HttpResponse<String> list = browser.get("/en/account/identities", Map.of("HX-Request", "true"));
        assertThat(list.body()).contains("Mock ID, linked on").doesNotContain("Unlink Mock ID");
        long identity = identityId(subject);
        // the list offers no unlink button here; the request is forged with the profile page's CSRF token
        HttpResponse<String> refused = browser.post(
                "/en/account/identities/unlink",
                browser.get("/en/account").body(),
                Map.of("identity", Long.toString(identity)));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("This is the only way to log in to your account.");
        assertThat(identitiesOf(subject)).isOne();
    }

    @Test
    void anAccountWithAPasswordCanUnlinkItsIdentity() {
        String email = uniqueEmail("unlinker");
        registerConfirmed(email, "Un Linker");
        String subject = uniqueSubject("unlinker");
        signInAtProvider(browser, "en", subject, person("Un Linker", email, true));
        answer(
                browser,
                "/en/account/social/link",
                browser.get("/en/account/social/link").body(),
                Map.of("email", email, "password", PASSWORD));
        String page = browser.get("/en/account/identities").body();
        assertThat(page).contains("Unlink Mock ID");

        HttpResponse<String> someoneElses =
                browser.post("/en/account/identities/unlink", page, Map.of("identity", Long.toString(Long.MAX_VALUE)));
        HttpResponse<String> unlinked = browser.post(
                "/en/account/identities/unlink", page, Map.of("identity", Long.toString(identityId(subject))));

        assertThat(someoneElses.statusCode()).isEqualTo(422);
        assertThat(someoneElses.body()).contains("This sign-in is not linked to your account.");
        assertThat(unlinked.statusCode()).isEqualTo(302);
        assertThat(browser.get(location(unlinked)).body()).contains("The service is unlinked.");
        assertThat(identitiesOf(subject)).isZero();
    }

    @Test
    void aSignedInReaderWhoContinuesWithANewProviderIdentityLinksIt() {
        String email = uniqueEmail("adder");
        registerConfirmed(email, "Adds Services");
        logIn(browser, email);
        String subject = uniqueSubject("adder");

        HttpResponse<String> answer = signInAtProvider(browser, "en", subject, person("Adds", uniqueEmail("x"), false));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(browser.get(location(answer)).body()).contains("The service is linked");
        assertThat(ownerOf(subject)).isEqualTo(idOf(email));
    }

    @Test
    void tamperedMissingOrForeignPendingStateGetsALocalisedPageAndChangesNothing() {
        int before = accountCount();
        String plainPage = browser.get("/ru/account/login").body();
        HttpResponse<String> nothingPending = answer(
                browser,
                "/ru/account/social/join",
                plainPage,
                Map.of("pending", "made-up", "email", uniqueEmail("x"), "displayName", "Nobody", "consent", "yes"));
        assertThat(nothingPending.statusCode()).isEqualTo(400);
        assertThat(nothingPending.body()).contains("Начните заново");
        assertThat(browser.get("/en/account/social").statusCode()).isEqualTo(400);

        String subject = uniqueSubject("tampered");
        signInAtProvider(browser, "en", subject, person("Tampered", uniqueEmail("tampered"), true));
        String form = browser.get("/en/account/social/join").body();
        Map<String, String> fields = new LinkedHashMap<>(
                Map.of("email", uniqueEmail("tampered"), "displayName", "Tampered", "consent", "yes"));
        fields.put("pending", pendingOf(form) + "x");
        HttpResponse<String> forged = answer(browser, "/en/account/social/join", form, fields);

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Please start again");
        assertThat(accountCount()).isEqualTo(before);
        assertThat(identitiesOf(subject)).isZero();
    }

    @Test
    void aForgedOrReplayedProviderAnswerIsRefusedWithALocalisedPage() {
        browser.get("/es/account/social/start/mock");

        HttpResponse<String> forged = browser.get("/login/oauth2/code/mock?code=stolen&state=forged");

        assertThat(location(forged)).endsWith("/es/account/social/failed");
        HttpResponse<String> page = browser.get(location(forged));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("No se pudo iniciar sesión");
        assertThat(browser.get("/es/account/bar").statusCode()).isEqualTo(204);
    }

    @Test
    void answersWithoutACsrfTokenAreRefused() {
        signInAtProvider(browser, "en", uniqueSubject("csrf"), person("No Token", uniqueEmail("csrf"), true));
        String form = browser.get("/en/account/social/join").body();
        int before = accountCount();

        HttpResponse<String> answer = browser.postRaw(
                "/en/account/social/join",
                Browser.encode(Map.of(
                        "pending",
                        pendingOf(form),
                        "email",
                        uniqueEmail("csrf"),
                        "displayName",
                        "No Token",
                        "consent",
                        "yes")));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void hostileAnswersAreRefusedWithAClearMessageAndNothingWritten() {
        String subject = uniqueSubject("hostile");
        signInAtProvider(browser, "en", subject, person("<script>alert(1)</script>", "not an address", true));
        String form = browser.get("/en/account/social/join").body();
        assertThat(form).doesNotContain("<script>alert");
        String good = uniqueEmail("hostile");
        int before = accountCount();
        List<String[]> hostile = List.of(
                new String[] {good, "", "2 to 40 characters"},
                new String[] {good, "<script>alert(1)</script>", "may use only letters"},
                new String[] {good, "Robert'); DROP TABLE account;--", "may use only letters"},
                new String[] {good, "Moderator", "could be taken for the newsroom"},
                new String[] {good, "The M0DERAT0R", "could be taken for the newsroom"},
                new String[] {good, "\u041Coderator", "could be taken for the newsroom"},
                new String[] {good, "Админ", "could be taken for the newsroom"},
                new String[] {good, "المشرف", "could be taken for the newsroom"},
                new String[] {"", "Ada", "Enter a valid email address"},
                new String[] {"x@example.org' OR '1'='1", "Ada", "Enter a valid email address"},
                new String[] {"<script>alert(1)</script>@example.org", "Ada", "Enter a valid email address"},
                new String[] {"ada@ex\u0430mple.org", "Ada", "Enter a valid email address"});
        for (String[] answer : hostile) {
            HttpResponse<String> refused = join("en", form, answer[0], answer[1]);
            assertThat(refused.statusCode()).as(answer[1]).isEqualTo(422);
            assertThat(refused.body()).contains(answer[2]).doesNotContain("<script>alert");
            form = refused.body();
        }
        HttpResponse<String> hostileLink = answer(
                browser,
                "/en/account/social/link",
                form,
                Map.of("email", "' or 1=1 --", "password", "<script>alert(1)</script>"));
        assertThat(hostileLink.statusCode()).isEqualTo(422);
        assertThat(hostileLink.body()).contains(REFUSED).doesNotContain("<script>alert");
        assertThat(accountCount()).isEqualTo(before);
        assertThat(identitiesOf(subject)).isZero();
    }

    @Test
    void tenMegabyteAndInvalidUtf8AnswersAreRefusedWithoutAServerError() {
        String subject = uniqueSubject("huge");
        signInAtProvider(browser, "en", subject, person("Huge", uniqueEmail("huge"), true));
        String form = browser.get("/en/account/social/join").body();
        int before = accountCount();

        HttpResponse<String> huge = join("en", form, uniqueEmail("huge"), "x".repeat(10 * 1024 * 1024));
        String body = "_csrf=" + csrfOf(form) + "&pending=" + pendingOf(form) + "&email=" + uniqueEmail("utf")
                + "&displayName=%FF%FEAda%C3&consent=yes";
        HttpResponse<byte[]> malformed =
                browser.postBytes("/en/account/social/join", body.getBytes(StandardCharsets.US_ASCII));

        assertThat(huge.statusCode()).isBetween(400, 499);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(new String(malformed.body(), StandardCharsets.UTF_8))
                .contains("The request could not be understood");
        assertThat(accountCount()).isEqualTo(before);
        assertThat(identitiesOf(subject)).isZero();
    }

    private HttpResponse<String> join(String edition, String form, String email, String displayName) {
        return join(browser, edition, form, email, displayName);
    }

    private static HttpResponse<String> join(
            Browser visitor, String edition, String form, String email, String displayName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("pending", pendingOf(form));
        fields.put("email", email);
        fields.put("displayName", displayName);
        fields.put("consent", "yes");
        return answer(visitor, "/" + edition + "/account/social/join", form, fields);
    }

    /** Sends an answer form of the linking question with the pending sign-in's token taken from the page. */
    private static HttpResponse<String> answer(Browser visitor, String path, String page, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (!all.containsKey("pending")) {
            all.put("pending", pendingOf(page));
        }
        return visitor.post(path, page, all);
    }

    /** Asks for a reset link for the address and sets {@link #PASSWORD} with it. */
    private void setPasswordThroughRecovery(Browser visitor, String email) {
        String recover = visitor.get("/en/account/recover").body();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("email", email));
        fields.put("altcha", Browser.solveCaptcha(recover));
        assertThat(visitor.post("/en/account/recover", recover, fields).statusCode())
                .isEqualTo(302);
        String link = linkMailedTo(email, "Reset your password");
        String reset = visitor.get(link).body();
        assertThat(visitor.post(
                                "/en/account/reset",
                                reset,
                                Map.of("token", link.substring(link.indexOf("token=") + 6), "password", PASSWORD))
                        .statusCode())
                .isBetween(200, 303);
    }

    private void logIn(Browser visitor, String email) {
        HttpResponse<String> answer = visitor.post(
                "/en/account/login",
                visitor.get("/en/account/login").body(),
                Map.of("email", email, "password", PASSWORD));
        assertThat(answer.statusCode()).isEqualTo(302);
    }

    private static String pendingOf(String page) {
        Matcher pending = PENDING.matcher(page);
        assertThat(pending.find()).as("a pending sign-in token on the page").isTrue();
        return pending.group(1);
    }

    private static String csrfOf(String page) {
        return page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    }

    private AccountId idOf(String email) {
        return new AccountId(jdbc.sql("select id from account where email = ?")
                .param(email)
                .query(Long.class)
                .single());
    }

    private AccountId ownerOf(String subject) {
        return new AccountId(jdbc.sql("select account_id from account_identity where subject = ?")
                .param(subject)
                .query(Long.class)
                .single());
    }

    private long identityId(String subject) {
        return jdbc.sql("select id from account_identity where subject = ?")
                .param(subject)
                .query(Long.class)
                .single();
    }

    private static String cookie(Browser visitor, String name) {
        return visitor.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }
}
