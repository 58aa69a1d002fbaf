package io.tribune.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tribune.accounts.core.AccountsFixture;
import io.tribune.support.Browser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The registration form bound, refused in the edition's language, and sent on to its notice. */
class RegistrationControllerTests extends AccountFormsTest {

    @Test
    void registrationIsBoundAndLeadsToTheNotice() throws Exception {
        String email = uniqueEmail("ada");
        var answer = send(registration("es", email, "Ada Lovelace", "yes"));

        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/es/account/registered");
        var account = fixture.accounts.findByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Ada Lovelace");
        assertThat(fixture.postbox.lettersTo(email)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
        "en, not-an-address, Ada, yes, Enter a valid email address",
        "es, not-an-address, Ada, yes, Introduzca una dirección válida",
        "en, refused@example.org, A, yes, The display name must be 2 to 40 characters long.",
        "en, refused@example.org, Ada, '', We cannot create an account without your agreement.",
        "es, refused@example.org, Ada, no, No podemos crear una cuenta sin su consentimiento.",
    })
    void refusedFieldsAreSaidInTheEditionsLanguageAndShownAgain(
            String edition, String email, String displayName, String consent, String message) throws Exception {
        var answer = send(registration(edition, email, displayName, consent));

        assertThat(answer.getStatus()).isEqualTo(422);
        String page = answer.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(message).contains("value=\"" + email + "\"");
        assertThat(page).doesNotContain("correct horse battery staple");
        assertThat(fixture.accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void hostileValuesAreRefusedAndNeverSentBackWhole() throws Exception {
        String huge = "\uD83D\uDE00".repeat(200) + "x".repeat(10 * 1024 * 1024);
        for (String hostile : new String[] {
            huge, "", "<script>alert(1)</script>", "' or 1=1; drop table account; --", "a@b\u202E.org", "\u0000"
        }) {
            var answer = send(registration("en", hostile, hostile, "yes"));

            assertThat(answer.getStatus())
                    .as(hostile.length() > 50 ? "huge" : hostile)
                    .isEqualTo(422);
            String page = answer.getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Please correct the marked fields.").doesNotContain("<script>alert");
            assertThat(page.length()).isLessThan(50_000);
        }
    }

    @Test
    void missingFieldsAreProblemsNotErrors() throws Exception {
        var answer = mvc.perform(post("/en/account/register")).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("Enter a valid email address");
    }

    @Test
    void confirmationPageCarriesTheTokenItWasOpenedWith() throws Exception {
        var answer = mvc.perform(get("/en/account/confirm").param("token", "<b>token</b>"))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("name=\"token\" value=\"&lt;b>token&lt;/b>\"")
                .doesNotContain("<b>token");
    }

    @Test
    void unknownConfirmationTokenIsABadRequest() throws Exception {
        var answer = mvc.perform(post("/ru/account/confirm").param("token", "' or 1=1 --"))
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"ru\"");
    }

    /** A registration as the form sends it, with the captcha of a freshly drawn form solved. */
    private MockHttpServletRequestBuilder registration(String edition, String email, String displayName, String consent)
            throws Exception {
        String form = page("/" + edition + "/account/register");
        return post("/" + edition + "/account/register")
                .param("email", email)
                .param("displayName", displayName)
                .param("password", AccountsFixture.PASSWORD)
                .param("consent", consent)
                .param("altcha", Browser.solveCaptcha(form));
    }
}
