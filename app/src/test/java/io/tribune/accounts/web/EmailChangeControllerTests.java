package io.tribune.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.AccountsFixture;
import io.tribune.accounts.profile.ChangeEmail;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The link mailed to a new address: its page carries the token, and posting it moves the account once. */
class EmailChangeControllerTests extends AccountFormsTest {

    @Autowired
    ChangeEmail changeEmail;

    @Test
    void mailedLinkOpensAButtonThatMovesTheAccountOnce() throws Exception {
        String email = uniqueEmail("old");
        String moved = uniqueEmail("new");
        AccountId id = fixture.confirmedAccount(email);
        assertThat(changeEmail.request(id, moved, AccountsFixture.PASSWORD, fixture.edition("en"), "192.0.2.1"))
                .matches(problems -> problems.isEmpty());
        String token = fixture.postbox.tokenMailedTo(moved);

        String page = page("/es/account/email/confirm?token=" + token);
        var changed = send(post("/es/account/email/confirm").param("token", token));
        var again = send(post("/es/account/email/confirm").param("token", token));

        assertThat(page)
                .contains("action=\"/es/account/email/confirm\"")
                .contains("name=\"token\" value=\"" + token + "\"");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changeEmail.currentAddress(id)).contains(moved);
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"es\"");
    }

    @Test
    void hostileTokensAreShownEscapedAndRefused() throws Exception {
        for (String token : new String[] {"", "<script>alert(1)</script>", "' or 1=1 --", "ж".repeat(100_000)}) {
            var opened = send(get("/en/account/email/confirm").param("token", token));
            var posted = send(post("/en/account/email/confirm").param("token", token));

            assertThat(opened.getStatus()).isEqualTo(200);
            assertThat(opened.getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain("<script>alert")
                    .hasSizeLessThan(50_000);
            assertThat(posted.getStatus()).isEqualTo(400);
            assertThat(posted.getContentAsString(StandardCharsets.UTF_8)).contains("This link no longer works");
        }
    }
}
