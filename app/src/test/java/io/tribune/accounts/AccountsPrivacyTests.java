package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.profile.ChangeProfile;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Readers agree to a privacy policy they can read, and agree again to a new version. */
class AccountsPrivacyTests extends AccountsWebTest {

    @Autowired
    Accounts accounts;

    @Autowired
    ChangeProfile changeProfile;

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @ParameterizedTest
    @CsvSource({
        "en, Privacy policy, Version 2026-11, ltr",
        "ru, Политика конфиденциальности, Версия 2026-11, ltr",
        "es, Política de privacidad, Versión 2026-11, ltr",
        "ar, سياسة الخصوصية, الإصدار 2026-11, rtl"
    })
    void everyEditionHasItsPrivacyPolicyWithVersionAndDate(String edition, String title, String version, String dir) {
        HttpResponse<String> page = browser.get("/" + edition + "/privacy");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>" + title + "</h1>")
                .contains(version)
                .contains("2026")
                .contains("dir=\"" + dir + "\"")
                .contains("<h2>");
    }

    @Test
    void theConsentBoxTheFooterAndTheAccountPageLinkToThePolicy() {
        String email = uniqueEmail("reads-policy");
        String register = browser.get("/es/account/register").body();
        registerConfirmed(email, "Reads Policy");
        logInAs(email, PASSWORD);

        assertThat(register).contains("<a href=\"/es/privacy\"");
        assertThat(browser.get("/ru/account/login").body())
                .contains("<a href=\"/ru/privacy\">Политика конфиденциальности</a>");
        assertThat(browser.get("/en/account").body()).contains("<a href=\"/en/privacy\">");
    }

    @Test
    void unknownEditionHasNoPolicyPage() {
        assertThat(browser.get("/xx/privacy").statusCode()).isEqualTo(404);
    }

    @Test
    void aNewVersionOfThePolicyAsksSignedInReadersToAgreeAgain() {
        String email = uniqueEmail("older-consent");
        registerConfirmed(email, "Older Consent");
        AccountId id = accountIdOf(email);
        assertThat(accounts.mayComment(id)).isTrue();
        // the reader agreed to the version before the one in force
        jdbc.sql("update account_consent set policy_version = '2026-10' where account_id = ?")
                .param(id.value())
                .update();
        logInAs(email, PASSWORD);

        assertThat(accounts.mayComment(id)).isFalse();
        assertThat(browser.get("/en/account/bar").body()).contains("Privacy policy updated");
        String profile = browser.get("/en/account").body();
        assertThat(profile).contains("The privacy policy changed on");

        HttpResponse<String> agreed = browser.post("/en/account/consent", profile, Map.of("action", "give"));

        assertThat(agreed.statusCode()).isEqualTo(200);
        assertThat(accounts.mayComment(id)).isTrue();
        assertThat(changeProfile.consents(id))
                .anyMatch(c -> c.isStanding() && c.policyVersion().equals("2026-11"));
        assertThat(browser.get("/en/account/bar").body()).doesNotContain("Privacy policy updated");
    }
}
