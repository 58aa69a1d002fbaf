package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.AccountSettings;
import io.tribune.accounts.core.AccountSettings.FirstAdminSettings;
import io.tribune.accounts.core.PasswordPolicy;
import io.tribune.accounts.profile.ChangeProfile;
import io.tribune.accounts.profile.NotificationPreferences;
import io.tribune.accounts.staff.FirstAdmin;
import io.tribune.accounts.staff.RoleRepository;
import io.tribune.editions.Editions;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class AccountsProfileTests extends AccountsWebTest {

    @Autowired
    Accounts accounts;

    @Autowired
    ChangeProfile changeProfile;

    @Autowired
    RoleRepository roles;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Editions editions;

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void readerRenamesThemselvesButNotAsStaff() {
        String email = uniqueEmail("rename");
        registerConfirmed(email, "Old Name");
        logInAs(email, PASSWORD);
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
        logInAs(email, PASSWORD);
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
        logInAs(email, PASSWORD);
        AccountId id = accountIdOf(email);
        assertThat(accounts.mayComment(id)).isTrue();
        String page = browser.get("/en/account").body();

        HttpResponse<String> withdrawn = browser.post("/en/account/consent", page, Map.of("action", "withdraw"));

        assertThat(withdrawn.body()).contains("withdrawn on");
        assertThat(accounts.mayComment(id)).isFalse();
        browser.post("/en/account/consent", withdrawn.body(), Map.of("action", "give"));
        assertThat(accounts.mayComment(id)).isTrue();
        assertThat(changeProfile.consents(id)).hasSize(2);
    }

    @Test
    void readerDownloadsTheirDataAsJson() {
        String email = uniqueEmail("export");
        registerConfirmed(email, "Data Owner");
        logInAs(email, PASSWORD);

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
        HttpResponse<String> export = stranger.get("/en/account/export.json");
        assertThat(export.statusCode()).isEqualTo(302);
        assertThat(export.headers().firstValue("Location")).hasValue("/en/account/login");
        assertThat(export.body()).isEmpty();
    }

    @Test
    void notificationChoicesStartOffAndAreKept() {
        String email = uniqueEmail("notified");
        registerConfirmed(email, "Notified Reader");
        logInAs(email, PASSWORD);
        AccountId id = accountIdOf(email);
        assertThat(changeProfile.notificationPreferences(id)).contains(NotificationPreferences.defaults());
        assertThat(NotificationPreferences.defaults().byEmail()).isEmpty();
        String page = browser.get("/en/account").body();
        assertThat(page)
                .doesNotContain("value=\"REPLIES\" checked")
                .doesNotContain("value=\"DECISIONS\" checked")
                .contains("only about what you tick here");

        HttpResponse<String> saved = browser.postRaw(
                "/en/account/notifications",
                Browser.encode(Map.of("_csrf", csrf(page), "email", "BREAKING_NEWS")) + "&email=DECISIONS");

        assertThat(saved.body()).contains("Your notification choices are saved.");
        NotificationPreferences chosen =
                changeProfile.notificationPreferences(id).orElseThrow();
        assertThat(chosen.wantsEmail(NotificationTopic.BREAKING_NEWS)).isTrue();
        assertThat(chosen.wantsEmail(NotificationTopic.DECISIONS)).isTrue();
        assertThat(chosen.wantsEmail(NotificationTopic.REPLIES)).isFalse();
        assertThat(chosen.wantsEmail(NotificationTopic.NEWSLETTER)).isFalse();
        JsonNode export = JsonMapper.builder()
                .build()
                .readTree(browser.get("/en/account/export.json").body());
        assertThat(export.get("notifications").get("byEmail").toString())
                .isEqualTo("[\"DECISIONS\",\"BREAKING_NEWS\"]");
        assertThat(export.get("avatar").isNull()).isTrue();
    }

    @Test
    void forgedNotificationChoicesChangeNothing() {
        String email = uniqueEmail("forged-choice");
        registerConfirmed(email, "Forging Reader");
        logInAs(email, PASSWORD);
        String page = browser.get("/ar/account").body();

        HttpResponse<String> forged =
                browser.post("/ar/account/notifications", page, Map.of("email", "REPLIES'); drop table account; --"));
        HttpResponse<String> markup =
                browser.post("/ar/account/notifications", page, Map.of("email", "<script>alert(1)</script>"));

        assertThat(forged.statusCode()).isEqualTo(422);
        assertThat(forged.body()).contains("أحد الخيارات ليس في القائمة");
        assertThat(markup.statusCode()).isEqualTo(422);
        assertThat(markup.body()).doesNotContain("<script>alert(1)");
        assertThat(changeProfile.notificationPreferences(accountIdOf(email)))
                .contains(NotificationPreferences.defaults());
    }

    @Test
    void theFirstAdminWithAGeneratedPasswordMustChangeItBeforeAnythingElse(CapturedOutput output) {
        String email = uniqueEmail("first-admin");
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logged);
        try {
            firstAdmin(email, "").run();
        } finally {
            root.detachAppender(logged);
        }
        Matcher printed =
                Pattern.compile("one-time password (\\S+) and change it").matcher(output.getOut());
        assertThat(printed.find()).as("the generated password on the console").isTrue();
        assertThat(logged.list)
                .as("nothing logged holds the password")
                .isNotEmpty()
                .noneMatch(event -> event.getFormattedMessage().contains(printed.group(1)));
        logInAs(email, printed.group(1));

        HttpResponse<String> front = browser.get("/es/");
        HttpResponse<String> bar = browser.get("/en/account/bar", Map.of("HX-Request", "true"));
        HttpResponse<String> profile = browser.get("/en/account", Map.of("HX-Request", "true"));
        String form = browser.get("/es/account/password").body();

        assertThat(front.statusCode()).isEqualTo(303);
        assertThat(front.headers().firstValue("Location").orElseThrow()).isEqualTo("/es/account/password");
        // the bar is on the password page too: sent back there, it made the page load itself again and again
        assertThat(bar.statusCode()).isEqualTo(200);
        assertThat(bar.headers().firstValue("HX-Redirect")).isEmpty();
        assertThat(profile.headers().firstValue("HX-Redirect")).contains("/en/account/password");
        assertThat(form).contains("contraseña de un solo uso");
        HttpResponse<String> weak =
                browser.post("/es/account/password", form, Map.of("current", printed.group(1), "password", "short"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("contraseña de un solo uso");
        assertThat(browser.get("/es/").statusCode()).isEqualTo(303);

        HttpResponse<String> changed = browser.post(
                "/es/account/password",
                form,
                Map.of("current", printed.group(1), "password", "a passphrase of my very own"));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(browser.get("/es/").statusCode()).isEqualTo(200);
        assertThat(changeProfile.mustChangePassword(accountIdOf(email))).isFalse();
    }

    @Test
    void noPageRedirectsToItselfWhileThePasswordMustChange() {
        String email = uniqueEmail("must-change");
        registerConfirmed(email, "Must Change");
        logInAs(email, PASSWORD);
        jdbc.sql("update account set must_change_password = true where email = ?")
                .param(email)
                .update();

        for (String path : List.of(
                "/en/",
                "/ar/",
                "/en/account",
                "/en/account/password",
                "/en/account/bar",
                "/en/account/login",
                "/en/account/delete",
                "/en/account/admin/roles",
                "/en/account/identities",
                "/en/news",
                "/en/rss.xml",
                "/sitemap.xml",
                "/dev/mail",
                "/no/such/page")) {
            HttpResponse<String> answer = browser.get(path);
            assertThat(answer.headers().firstValue("Location").map(l -> l.replaceFirst("^http://[^/]+", "")))
                    .as("Location of %s", path)
                    .isNotEqualTo(Optional.of(path));
        }
        // the fragments the password form itself loads must not send it back to itself
        String form = "http://localhost:" + port + "/en/account/password";
        HttpResponse<String> bar = browser.get("/en/account/bar", Map.of("HX-Request", "true", "HX-Current-URL", form));
        assertThat(bar.statusCode()).isEqualTo(200);
        assertThat(bar.headers().firstValue("HX-Redirect")).isEmpty();
        assertThat(bar.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void whileThePasswordMustChangeOnlyWhatItsFormNeedsIsOpen() {
        String email = uniqueEmail("gate-open");
        registerConfirmed(email, "Gate Open");
        logInAs(email, PASSWORD);
        jdbc.sql("update account set must_change_password = true where email = ?")
                .param(email)
                .update();

        for (String open : List.of(
                "/ru/account/password",
                "/ar/account/bar",
                "/assets/site.css",
                "/media/avatars/drawn/120/GO.svg",
                "/favicon.ico",
                "/error")) {
            assertThat(browser.get(open).statusCode()).as(open).isNotEqualTo(303);
        }
        // look-alikes of the open paths lead to the form like any other page
        for (String gated : List.of(
                "/ru/account/passwords",
                "/ru/account/password/again",
                "/ru/account/bar/x",
                "/rus/account/password",
                "/ru/account/avatar",
                "/ru/news")) {
            HttpResponse<String> answer = browser.get(gated);
            assertThat(answer.statusCode()).as(gated).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).as(gated).isPresent();
        }
        assertThat(browser.get("/ru/account").headers().firstValue("Location")).hasValue("/ru/account/password");
        String form = browser.get("/ru/account/password").body();
        HttpResponse<String> logOut = browser.post("/account/logout", form, Map.of("edition", "ru"));
        assertThat(logOut.headers().firstValue("Location").orElseThrow()).endsWith("/ru/");
    }

    @Test
    void aConfiguredAdministratorPasswordMustPassThePolicy() {
        var weak = firstAdmin(uniqueEmail("weak-admin"), "password1");

        assertThatThrownBy(weak::run)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRIBUNE_ADMIN_PASSWORD breaks the password policy");
    }

    @Test
    void aConfiguredAdministratorPasswordIsRefusedBeforeTheServerStarts() {
        var settings = new AccountSettings(
                null, null, null, null, new FirstAdminSettings(uniqueEmail("weak-early"), "password1"));
        var admin =
                new FirstAdmin(roles, repository, encoder, policy, transaction, Clock.systemUTC(), settings, editions);
        jdbc.sql("update account_role set role = 'RETIRED' where role = 'ADMIN'")
                .update();
        try {
            assertThatThrownBy(admin::afterSingletonsInstantiated)
                    .hasMessageContaining("TRIBUNE_ADMIN_PASSWORD breaks the password policy");
        } finally {
            jdbc.sql("update account_role set role = 'ADMIN' where role = 'RETIRED'")
                    .update();
        }
    }

    @Test
    void aConfiguredAdministratorPasswordMustBeChangedAtTheFirstLogIn() {
        String email = uniqueEmail("configured-admin");
        firstAdmin(email, "configured by the operator").run();

        assertThat(changeProfile.mustChangePassword(accountIdOf(email))).isTrue();
    }

    /** A FirstAdmin as at the start of an installation without an administrator. */
    private Runnable firstAdmin(String email, String configuredPassword) {
        var settings = new AccountSettings(null, null, null, null, new FirstAdminSettings(email, configuredPassword));
        var admin =
                new FirstAdmin(roles, repository, encoder, policy, transaction, Clock.systemUTC(), settings, editions);
        return () -> {
            jdbc.sql("update account_role set role = 'RETIRED' where role = 'ADMIN'")
                    .update();
            try {
                admin.run(null);
            } finally {
                jdbc.sql("update account_role set role = 'ADMIN' where role = 'RETIRED'")
                        .update();
            }
        };
    }

    @Test
    void readersWithTheirOwnPasswordAreNeverSentToChangeIt() {
        String email = uniqueEmail("settled");
        registerConfirmed(email, "Settled Reader");
        logInAs(email, PASSWORD);

        assertThat(browser.get("/en/").statusCode()).isEqualTo(200);
        assertThat(changeProfile.mustChangePassword(accountIdOf(email))).isFalse();
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
