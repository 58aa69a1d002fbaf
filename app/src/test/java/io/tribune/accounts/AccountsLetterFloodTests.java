package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.limits.RequestQuotas;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The forms that mail someone cannot be used to flood an inbox, nor passed by a script cheaply. */
class AccountsLetterFloodTests extends AccountsWebTest {

    private static final Pattern QUESTION_TOKEN = Pattern.compile("name=\"captchaToken\" value=\"([^\"]+)\"");

    @Test
    void captchaFallbackCannotBeGuessedByTryingEverySum() {
        String email = uniqueEmail("guessed-sum");
        registerConfirmed(email, "Guessed Sum");
        String page = browser.get("/en/account/recover").body();
        Matcher token = QUESTION_TOKEN.matcher(page);
        String question = token.find() ? token.group(1) : "no-question-offered";

        for (int sum = 4; sum <= 18; sum++) {
            HttpResponse<String> answer = browser.post(
                    "/en/account/recover",
                    page,
                    Map.of("email", email, "captchaToken", question, "captchaAnswer", Integer.toString(sum)));
            assertThat(answer.statusCode()).as("answer %d", sum).isEqualTo(422);
        }
        assertThat(lettersTo(email)).as("only the confirmation letter").isOne();
    }

    @Test
    void aWrongProofUsesUpItsChallenge() {
        String email = uniqueEmail("wrong-proof");
        registerConfirmed(email, "Wrong Proof");
        String page = browser.get("/en/account/recover").body();
        String right = Browser.solveCaptcha(page);
        String decoded = new String(Base64.getDecoder().decode(right), StandardCharsets.UTF_8);
        Matcher number = Pattern.compile("\"number\":(\\d+)").matcher(decoded);
        assertThat(number.find()).isTrue();
        long solved = Long.parseLong(number.group(1));
        String wrong = Base64.getEncoder()
                .encodeToString(decoded.replace(number.group(), "\"number\":" + (solved == 0 ? 1 : solved - 1))
                        .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> first = browser.post("/en/account/recover", page, Map.of("email", email, "altcha", wrong));
        HttpResponse<String> second =
                browser.post("/en/account/recover", page, Map.of("email", email, "altcha", right));

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(second.statusCode()).isEqualTo(422);
    }

    @Test
    void formsWithTheCaptchaTellReadersWithoutJavaScriptWhatItNeeds() {
        for (String path : new String[] {"/en/account/register", "/en/account/recover"}) {
            String page = browser.get(path).body();
            assertThat(page).contains("This check needs JavaScript").doesNotContain("captchaToken");
        }
        assertThat(browser.get("/ar/account/register").body()).contains("يتطلب هذا التحقق JavaScript");
    }

    @Test
    void recoveryLettersToOneAddressAreLimited() {
        String email = uniqueEmail("flooded");
        registerConfirmed(email, "Flooded Inbox");
        long before = lettersTo(email);

        int refused = 0;
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> answer = recover(new Browser(port), email);
            if (answer.statusCode() == 429) {
                refused++;
                assertThat(answer.body()).contains("Nothing was sent");
            }
        }

        // the registration mailed the address once already this hour
        int left = RequestQuotas.Request.LETTER.perAccount - 1;
        MAIL.waitForIncomingEmail(1_000, (int) before + 8);
        assertThat(lettersTo(email) - before).isEqualTo(left);
        assertThat(refused).isEqualTo(8 - left);
    }

    @Test
    void alreadyRegisteredLettersToOneAddressAreLimited() {
        String email = uniqueEmail("registered-again");
        registerConfirmed(email, "Registered Once");
        long before = lettersTo(email);

        for (int i = 0; i < 8; i++) {
            browser = new Browser(port);
            register("en", email, "Someone Else " + i, PASSWORD, true);
        }

        MAIL.waitForIncomingEmail(1_000, (int) before + 8);
        assertThat(lettersTo(email) - before).isLessThanOrEqualTo(RequestQuotas.Request.LETTER.perAccount);
    }

    @Test
    void lettersFromOneNetworkAddressAreLimited() {
        int refused = 0;
        for (int i = 0; i < RequestQuotas.Request.LETTER.perAddress + 3; i++) {
            if (recover(new Browser(port), uniqueEmail("spread")).statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(3);
    }

    private HttpResponse<String> recover(Browser visitor, String email) {
        String page = visitor.get("/en/account/recover").body();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("email", email));
        fields.put("altcha", Browser.solveCaptcha(page));
        return visitor.post("/en/account/recover", page, fields);
    }
}
