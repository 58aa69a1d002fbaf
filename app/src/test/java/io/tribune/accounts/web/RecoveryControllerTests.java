package io.tribune.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tribune.accounts.core.AccountsFixture;
import io.tribune.support.Browser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The recovery forms bound: asking for a link, then choosing a new password through it. */
class RecoveryControllerTests extends AccountFormsTest {

    @Test
    void askingForALinkLeadsToTheNoticeAndMailsIt() throws Exception {
        String email = uniqueEmail("forgot");
        fixture.confirmedAccount(email);

        var answer = send(post("/en/account/recover")
                .param("email", email)
                .param("altcha", Browser.solveCaptcha(page("/en/account/recover"))));

        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/en/account/recover/sent");
        assertThat(fixture.postbox.tokenMailedTo(email)).isNotBlank();
    }

    @Test
    void unsolvedCaptchaIsRefusedInTheEditionsLanguageWithTheAddressShownAgain() throws Exception {
        var answer = send(post("/es/account/recover").param("email", "nobody@example.org"));

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("value=\"nobody@example.org\"")
                .contains("<html lang=\"es\"");
    }

    @Test
    void newPasswordIsCheckedThenSetThroughTheMailedLink() throws Exception {
        String email = uniqueEmail("reset");
        fixture.confirmedAccount(email);
        send(post("/en/account/recover")
                .param("email", email)
                .param("altcha", Browser.solveCaptcha(page("/en/account/recover"))));
        String token = fixture.postbox.tokenMailedTo(email);

        var tooShort = send(post("/ru/account/reset").param("token", token).param("password", "short"));
        var done = send(post("/en/account/reset").param("token", token).param("password", "a new passphrase here"));

        assertThat(tooShort.getStatus()).isEqualTo(422);
        assertThat(tooShort.getContentAsString(StandardCharsets.UTF_8))
                .contains("Пароль должен содержать от 10 до 128 символов.")
                .contains("name=\"token\" value=\"" + token + "\"")
                .doesNotContain("value=\"short\"");
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString(StandardCharsets.UTF_8)).contains("Password changed");
        assertThat(fixture.passwords.matches(fixture.accounts.findByEmail(email), "a new passphrase here"))
                .isTrue();
    }

    @Test
    void unknownOrHostileTokensAreBadRequests() throws Exception {
        for (String token :
                new String[] {"", "nothing", "<script>alert(1)</script>", "' or 1=1 --", "x".repeat(100_000)}) {
            var opened = send(get("/en/account/reset").param("token", token));
            var posted =
                    send(post("/en/account/reset").param("token", token).param("password", AccountsFixture.PASSWORD));

            assertThat(opened.getStatus()).isEqualTo(400);
            assertThat(posted.getStatus()).isEqualTo(400);
            assertThat(posted.getContentAsString(StandardCharsets.UTF_8))
                    .contains("This link no longer works")
                    .doesNotContain("<script>alert");
        }
    }
}
