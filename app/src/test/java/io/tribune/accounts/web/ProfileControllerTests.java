package io.tribune.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.AccountsFixture;
import io.tribune.accounts.profile.ChangeProfile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile page's forms bound: name, new address, consent and notifications, each answered on the page. */
class ProfileControllerTests extends AccountFormsTest {

    @Autowired
    ChangeProfile profile;

    @Test
    void newNameIsBoundAndSaved() throws Exception {
        AccountId id = fixture.confirmedAccount(uniqueEmail("rename"));

        var answer = send(
                post("/en/account/name").param("displayName", "Ada Renamed").with(signedInAs(id)));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("Your changes are saved.")
                .contains("value=\"Ada Renamed\"");
        assertThat(fixture.accounts.find(id).orElseThrow().displayName()).isEqualTo("Ada Renamed");
    }

    @ParameterizedTest
    @CsvSource({
        "en, A, The display name must be 2 to 40 characters long.",
        "es, A, El nombre visible debe tener entre 2 y 40 caracteres.",
        "ar, '', يجب أن يتكون الاسم الظاهر من حرفين إلى 40 حرفاً."
    })
    void refusedNameIsSaidInTheEditionsLanguage(String edition, String name, String message) throws Exception {
        AccountId id = fixture.confirmedAccount(uniqueEmail("badname"));

        var answer = send(
                post("/" + edition + "/account/name").param("displayName", name).with(signedInAs(id)));

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains(message);
        assertThat(fixture.accounts.find(id).orElseThrow().displayName()).isEqualTo("Ada Reader");
    }

    @Test
    void refusedNewAddressIsShownAgainCutAndThePasswordNever() throws Exception {
        AccountId id = fixture.confirmedAccount(uniqueEmail("moving"));
        String huge = "a".repeat(1_000_000) + "@example.org";

        var wrongPassword = send(post("/es/account/email")
                .param("newEmail", "elsewhere@example.org")
                .param("emailPassword", "not my password")
                .with(signedInAs(id)));
        var hugeAddress = send(post("/en/account/email")
                .param("newEmail", huge)
                .param("emailPassword", AccountsFixture.PASSWORD)
                .with(signedInAs(id)));

        assertThat(wrongPassword.getStatus()).isEqualTo(422);
        assertThat(wrongPassword.getContentAsString(StandardCharsets.UTF_8))
                .contains("La contraseña actual no es correcta.")
                .contains("value=\"elsewhere@example.org\"")
                .doesNotContain("not my password");
        assertThat(hugeAddress.getStatus()).isEqualTo(422);
        assertThat(hugeAddress.getContentAsString(StandardCharsets.UTF_8))
                .contains("value=\"" + "a".repeat(FormView.SHOWN_AT_MOST) + "\"")
                .hasSizeLessThan(100_000);
    }

    @Test
    void consentButtonsAreValidatedAndAForgedOneChangesNothing() throws Exception {
        AccountId id = fixture.confirmedAccount(uniqueEmail("consent"));

        for (String forged : new String[] {"", "give-all", "<script>alert(1)</script>", "' or 1=1 --"}) {
            var answer =
                    send(post("/en/account/consent").param("action", forged).with(signedInAs(id)));

            assertThat(answer.getStatus()).as(forged).isEqualTo(422);
            assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                    .contains("Please correct the marked fields.")
                    .doesNotContain("<script>alert");
        }
        var missing = send(post("/en/account/consent").with(signedInAs(id)));
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(profile.hasAgreedToThePrivacyPolicy(id)).isTrue();

        var withdrawn =
                send(post("/en/account/consent").param("action", "withdraw").with(signedInAs(id)));

        assertThat(withdrawn.getStatus()).isEqualTo(200);
        assertThat(profile.hasAgreedToThePrivacyPolicy(id)).isFalse();
    }

    @Test
    void notificationChoiceNotOnTheListIsRefusedInTheEditionsLanguage() throws Exception {
        AccountId id = fixture.confirmedAccount(uniqueEmail("notify"));

        var answer = send(post("/es/account/notifications")
                .param("email", "REPLIES", "<b>EVERYTHING</b>")
                .with(signedInAs(id)));

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("Una de las opciones no está en la lista.")
                .doesNotContain("<b>EVERYTHING");
    }
}
