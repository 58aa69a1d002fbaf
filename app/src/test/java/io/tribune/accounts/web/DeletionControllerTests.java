package io.tribune.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tribune.accounts.AccountId;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** "Are you sure?", the deletion itself, and the restore link's button. */
class DeletionControllerTests extends AccountFormsTest {

    @Test
    void deletionAsksFirstThenDeactivatesAndMailsARestoreLinkThatWorksOnce() throws Exception {
        String email = uniqueEmail("leaving");
        AccountId id = fixture.confirmedAccount(email);

        String question = page("/en/account/delete");
        var deleted = send(post("/en/account/delete").with(signedInAs(id)));
        assertThat(deleted.getContentAsString(StandardCharsets.UTF_8)).contains("Your account is deactivated");
        String token = fixture.postbox.tokenMailedTo(email);
        String restorePage = page("/en/account/restore?token=" + token);
        var restored = send(post("/en/account/restore").param("token", token));
        var again = send(post("/en/account/restore").param("token", token));

        assertThat(question).contains("Delete your account").contains("action=\"/en/account/delete\"");
        assertThat(deleted.getContentAsString(StandardCharsets.UTF_8)).contains("Your account is deactivated");
        assertThat(restorePage)
                .contains("action=\"/en/account/restore\"")
                .contains("name=\"token\" value=\"" + token + "\"");
        assertThat(restored.getContentAsString(StandardCharsets.UTF_8)).contains("Account restored");
        assertThat(fixture.accounts.findByEmail(email).orElseThrow().isActive()).isTrue();
        assertThat(again.getStatus()).isEqualTo(400);
    }

    @Test
    void deletionWantsARecentLogIn() throws Exception {
        String email = uniqueEmail("staying");
        AccountId id = fixture.confirmedAccount(email);

        var answer = send(post("/es/account/delete").with(signedInLongAgoAs(id)));

        assertThat(answer.getRedirectedUrl()).isEqualTo("/es/account/login?again");
        assertThat(fixture.accounts.findByEmail(email).orElseThrow().isActive()).isTrue();
    }

    @Test
    void hostileRestoreTokensAreBadRequests() throws Exception {
        for (String token : new String[] {"", "<script>alert(1)</script>", "' or 1=1 --", "x".repeat(100_000)}) {
            var posted = send(post("/ar/account/restore").param("token", token));

            assertThat(posted.getStatus()).isEqualTo(400);
            assertThat(posted.getContentAsString(StandardCharsets.UTF_8))
                    .contains("dir=\"rtl\"")
                    .doesNotContain("<script>alert");
        }
    }
}
