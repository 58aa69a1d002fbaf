package io.tribune.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tribune.accounts.core.AccountsFixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The log-in form bound, refused without saying more than it may, and signing in to the edition's front. */
class LoginControllerTests extends AccountFormsTest {

    @Test
    void rightPasswordSignsInAndLeadsToTheEditionsFront() throws Exception {
        String email = uniqueEmail("right");
        fixture.confirmedAccount(email);

        var answer = send(post("/ru/account/login").param("email", email).param("password", AccountsFixture.PASSWORD));

        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/ru/");
    }

    @ParameterizedTest
    @CsvSource({
        "en, The email address or the password is not right.",
        "es, El correo electrónico o la contraseña no son correctos.",
        "ru, Неверный адрес электронной почты или пароль."
    })
    void wrongPasswordIsRefusedInTheEditionsLanguageWithTheAddressShownAgain(String edition, String message)
            throws Exception {
        String email = uniqueEmail("wrong");
        fixture.confirmedAccount(email);

        var answer = send(
                post("/" + edition + "/account/login").param("email", email).param("password", "not my password"));

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains(message)
                .contains("value=\"" + email + "\"")
                .doesNotContain("not my password");
    }

    @Test
    void hostileValuesAreRefusedLikeAnyWrongPassword() throws Exception {
        for (String hostile :
                new String[] {"", "<script>alert(1)</script>", "' or 1=1 --", "a@b\u202E.org", "x".repeat(1_000_000)}) {
            // each as the first failure from the address: later ones are asked to solve a captcha first
            forgetQuotasAndFailures();
            var answer = send(post("/en/account/login").param("email", hostile).param("password", hostile));

            assertThat(answer.getStatus())
                    .as(hostile.length() > 50 ? "huge" : hostile)
                    .isEqualTo(422);
            String page = answer.getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .contains("The email address or the password is not right.")
                    .doesNotContain("<script>alert");
            assertThat(page.length()).isLessThan(50_000);
        }
    }
}
