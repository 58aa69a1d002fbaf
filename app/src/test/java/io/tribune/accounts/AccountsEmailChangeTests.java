package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readers move their account to a new address, re-confirmed by a link mailed there. */
class AccountsEmailChangeTests extends AccountsWebTest {

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void theAddressChangesOnlyWhenTheLinkMailedToTheNewAddressIsUsed() {
        String old = signedInReader("mover");
        String next = uniqueEmail("moved");
        String page = browser.get("/en/account").body();

        HttpResponse<String> asked = browser.post(
                "/en/account/email", page, Map.of("newEmail", next.toUpperCase(), "emailPassword", PASSWORD));

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("a confirmation link is on its way");
        String link = linkMailedTo(next, "Confirm your new address");
        assertThat(link).startsWith("/en/account/email/confirm?token=");
        assertThat(accountsWith(old))
                .as("nothing changes before the link is used")
                .isOne();

        String confirmPage = browser.get(link).body();
        HttpResponse<String> changed = browser.post(
                "/en/account/email/confirm", confirmPage, Map.of("token", link.substring(link.indexOf('=') + 1)));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Address changed");
        assertThat(accountsWith(old)).isZero();
        assertThat(accountsWith(next)).isOne();
        String notice = GreenMailUtil.getBody(letterTo(old, "was changed"));
        assertThat(notice).contains("m***@example.org").doesNotContain(next);
        Browser fresh = new Browser(port);
        String login = fresh.get("/en/account/login").body();
        assertThat(fresh.post("/en/account/login", login, Map.of("email", next, "password", PASSWORD))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void aTakenAddressGetsTheSameAnswerAndOnlyItsOwnerHearsOfIt() {
        String taken = uniqueEmail("taken");
        registerConfirmed(taken, "Owner Of Address");
        String email = signedInReader("intruder");
        String page = browser.get("/en/account").body();
        long lettersToTaken = lettersTo(taken);

        HttpResponse<String> asked =
                browser.post("/en/account/email", page, Map.of("newEmail", taken, "emailPassword", PASSWORD));

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("a confirmation link is on its way");
        assertThat(letterTo(taken, "Someone tried to use your address")).isNotNull();
        assertThat(lettersTo(taken)).isEqualTo(lettersToTaken + 1);
        assertThat(accountsWith(email)).isOne();
        assertThat(pendingChanges()).isZero();
    }

    @Test
    void aWrongPasswordOrABadAddressChangesNothingAndSendsNothing() {
        String email = signedInReader("careful");
        String page = browser.get("/es/account").body();
        long pending = pendingChanges();

        HttpResponse<String> wrong = browser.post(
                "/es/account/email", page, Map.of("newEmail", uniqueEmail("x"), "emailPassword", "not my password"));
        HttpResponse<String> script = browser.post(
                "/es/account/email",
                page,
                Map.of("newEmail", "<script>alert(1)</script>@example.org", "emailPassword", PASSWORD));
        HttpResponse<String> huge = browser.post(
                "/es/account/email", page, Map.of("newEmail", "a".repeat(1_000_000), "emailPassword", PASSWORD));
        HttpResponse<String> same =
                browser.post("/es/account/email", page, Map.of("newEmail", email, "emailPassword", PASSWORD));

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("La contraseña actual no es correcta");
        assertThat(script.statusCode()).isEqualTo(422);
        assertThat(script.body()).doesNotContain("<script>alert(1)");
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(huge.body().length()).isLessThan(100_000);
        assertThat(same.body()).contains("Esta ya es su dirección.");
        assertThat(pendingChanges()).isEqualTo(pending);
        assertThat(accountsWith(email)).isOne();
    }

    @Test
    void tamperedReplayedAndExpiredLinksChangeNothing() {
        String email = signedInReader("links");
        String next = uniqueEmail("links-new");
        String page = browser.get("/en/account").body();
        browser.post("/en/account/email", page, Map.of("newEmail", next, "emailPassword", PASSWORD));
        String link = linkMailedTo(next, "Confirm your new address");
        String token = link.substring(link.indexOf('=') + 1);
        String confirmPage = browser.get(link).body();

        HttpResponse<String> tampered =
                browser.post("/ru/account/email/confirm", confirmPage, Map.of("token", token.substring(1) + "A"));
        HttpResponse<String> garbage =
                browser.post("/en/account/email/confirm", confirmPage, Map.of("token", "' or 1=1 --<script>"));

        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(tampered.body()).contains("Эта ссылка больше не действует");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(accountsWith(email)).isOne();

        jdbc.sql("update account_token set expires_at = ? where purpose = 'CHANGE_EMAIL' and used_at is null")
                .param(Timestamp.from(Instant.now().minusSeconds(60)))
                .update();
        HttpResponse<String> expired = browser.post("/en/account/email/confirm", confirmPage, Map.of("token", token));
        assertThat(expired.statusCode()).isEqualTo(400);
        assertThat(accountsWith(email)).isOne();
        assertThat(accountsWith(next)).isZero();
    }

    @Test
    void aLinkWorksOnceAndOnlyTheNewestRequestCounts() {
        String email = signedInReader("twice");
        String first = uniqueEmail("first-choice");
        String second = uniqueEmail("second-choice");
        String page = browser.get("/en/account").body();
        browser.post("/en/account/email", page, Map.of("newEmail", first, "emailPassword", PASSWORD));
        String firstLink = linkMailedTo(first, "Confirm your new address");
        browser.post("/en/account/email", page, Map.of("newEmail", second, "emailPassword", PASSWORD));
        String secondLink = linkMailedTo(second, "Confirm your new address");
        String confirmPage = browser.get(secondLink).body();

        HttpResponse<String> older = browser.post(
                "/en/account/email/confirm",
                confirmPage,
                Map.of("token", firstLink.substring(firstLink.indexOf('=') + 1)));
        HttpResponse<String> newest = browser.post(
                "/en/account/email/confirm",
                confirmPage,
                Map.of("token", secondLink.substring(secondLink.indexOf('=') + 1)));
        HttpResponse<String> replayed = browser.post(
                "/en/account/email/confirm",
                confirmPage,
                Map.of("token", secondLink.substring(secondLink.indexOf('=') + 1)));

        assertThat(older.statusCode()).isEqualTo(400);
        assertThat(newest.statusCode()).isEqualTo(200);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(accountsWith(email)).isZero();
        assertThat(accountsWith(first)).isZero();
        assertThat(accountsWith(second)).isOne();
    }

    @Test
    void beyondThreeRequestsAnHourTheFormSaysSoInEveryEditionAndNothingIsMailed() {
        String taken = uniqueEmail("taken-while-limited");
        registerConfirmed(taken, "Someone Else");
        String email = signedInReader("restless");
        String page = browser.get("/en/account").body();
        for (int request = 0; request < 3; request++) {
            String next = uniqueEmail("restless-new");
            assertThat(browser.post("/en/account/email", page, Map.of("newEmail", next, "emailPassword", PASSWORD))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(letterTo(next, "Confirm your new address")).isNotNull();
        }
        long pending = pendingChanges();
        Map<String, String> messages = Map.of(
                "en", "You have asked to change your address several times in the last hour.",
                "ru", "За последний час вы уже несколько раз просили сменить адрес.",
                "es", "Ha pedido cambiar su dirección varias veces en la última hora.",
                "ar", "طلبت تغيير عنوانك عدة مرات خلال الساعة الماضية.");

        for (var edition : messages.entrySet()) {
            String next = uniqueEmail("refused-" + edition.getKey());
            String editionPage =
                    browser.get("/" + edition.getKey() + "/account").body();
            HttpResponse<String> refused = browser.post(
                    "/" + edition.getKey() + "/account/email",
                    editionPage,
                    Map.of("newEmail", next, "emailPassword", PASSWORD));

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.body()).contains(edition.getValue()).contains("account-form__problem");
            // letters go out before the answer does, so none can still be on its way
            assertThat(lettersTo(next)).isZero();
        }
        long lettersToTaken = lettersTo(taken);
        HttpResponse<String> toTaken = browser.post(
                "/en/account/email",
                browser.get("/en/account").body(),
                Map.of("newEmail", taken, "emailPassword", PASSWORD));
        assertThat(toTaken.statusCode()).isEqualTo(429);
        assertThat(lettersTo(taken))
                .as("the owner of a taken address is not flooded either")
                .isEqualTo(lettersToTaken);
        assertThat(pendingChanges()).isEqualTo(pending);
        assertThat(accountsWith(email)).isOne();
    }

    @Test
    void aWrongPasswordDoesNotUseUpTheQuota() {
        signedInReader("typo");
        String page = browser.get("/en/account").body();
        for (int typo = 0; typo < 5; typo++) {
            browser.post("/en/account/email", page, Map.of("newEmail", uniqueEmail("t"), "emailPassword", "typo"));
        }
        String next = uniqueEmail("typo-new");

        HttpResponse<String> asked =
                browser.post("/en/account/email", page, Map.of("newEmail", next, "emailPassword", PASSWORD));

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(letterTo(next, "Confirm your new address")).isNotNull();
    }

    @Test
    void oneNetworkAddressHasItsOwnBoundAcrossAccounts() {
        signedInReader("neighbour");
        String page = browser.get("/en/account").body();
        browser.post("/en/account/email", page, Map.of("newEmail", uniqueEmail("n"), "emailPassword", PASSWORD));
        // as if many other accounts had asked from this address within the hour
        jdbc.sql("update request_quota set used = 10 where subject like 'email-change:addr:%'")
                .update();
        browser = new Browser(port);
        signedInReader("fresh-account");
        String next = uniqueEmail("fresh-new");

        HttpResponse<String> refused = browser.post(
                "/es/account/email",
                browser.get("/es/account").body(),
                Map.of("newEmail", next, "emailPassword", PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Ha pedido cambiar su dirección varias veces");
        assertThat(lettersTo(next)).isZero();
    }

    private String signedInReader(String name) {
        String email = uniqueEmail(name);
        registerConfirmed(email, "Moving Reader");
        logInAs(email, PASSWORD);
        return email;
    }

    private long pendingChanges() {
        return jdbc.sql("select count(*) from account_email_change")
                .query(Long.class)
                .single();
    }
}
