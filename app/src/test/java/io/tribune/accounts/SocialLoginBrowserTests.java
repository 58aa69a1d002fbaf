package io.tribune.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.tribune.support.Chromium;
import io.tribune.support.PageConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Social log-in in a real browser: the provider's button, the provider's own sign-in form (the
 * OpenID Connect provider running in the test), and back on the site the question "Do you already have
 * an account here?" answered each way.
 */
class SocialLoginBrowserTests extends SocialLoginWebTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    /** What the pages said on the browser console: anything blocked by the policy shows up here. */
    final PageConsole console = new PageConsole();

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
        console.clear();
    }

    @AfterEach
    void reportConsole() {
        console.report();
    }

    @Test
    void readerWithAnAccountAnswersYesLinksItAndLaterGoesStraightIn() {
        String email = uniqueEmail("yes-journey");
        registerConfirmed(email, "Yes Journey");
        String subject = uniqueSubject("yes-journey");
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = console.open(context);
            continueWithProvider(page, subject, "{\"name\": \"Yes Journey\", \"email\": \"" + email + "\"}");
            assertThat(page.locator("h1")).hasText("Do you already have an account here?");
            assertThat(page.locator(".account-bar__name")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("social-question"))
                    .setFullPage(true));

            page.locator("#answer-yes").click();
            assertThat(page.locator("h1")).hasText("Link to your account");
            page.locator("#email").fill(email);
            page.locator("#password").fill("not the password");
            page.locator("form.account-form button[type=submit]").click();
            assertThat(page.locator(".account-form__summary"))
                    .hasText("The email address or the password is not right.");
            page.locator("#password").fill(PASSWORD);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("social-link"))
                    .setFullPage(true));
            page.locator("form.account-form button[type=submit]").click();

            assertThat(page).hasURL(base() + "/en/");
            assertThat(page.locator(".account-bar__name")).hasText("Yes Journey");
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = console.open(context);
            continueWithProvider(page, subject, "{}");

            assertThat(page).hasURL(base() + "/en/");
            assertThat(page.locator(".account-bar__name")).hasText("Yes Journey");
        }
        assertThat(Chromium.screenshot("social-question")).exists();
        console.assertNothingBlockedByThePolicy();
    }

    @Test
    void newReaderAnswersNoAndGetsAConfirmedAccountWithTheProvidersAddress() {
        String email = uniqueEmail("no-journey");
        String subject = uniqueSubject("no-journey");
        try (BrowserContext context = chromium.newContext("es-ES")) {
            Page page = console.open(context);
            page.navigate(base() + "/es/account/register");
            page.locator(".social-login__button[data-provider=mock]").click();
            signInAtProviderPage(
                    page,
                    subject,
                    "{\"name\": \"Lectora Nueva\", \"email\": \"" + email + "\", \"email_verified\": true}");
            assertThat(page.locator("h1")).hasText("¿Ya tiene una cuenta aquí?");

            page.locator("#answer-no").click();
            assertThat(page.locator("#displayName")).hasValue("Lectora Nueva");
            assertThat(page.locator("#email")).hasValue(email);
            page.locator("form.account-form button[type=submit]").click();
            assertThat(page.locator("#consent ~ .account-form__problem")).isVisible();
            assertThat(page.locator(".account-bar__name")).hasCount(0);

            page.locator("#consent").check();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("social-join"))
                    .setFullPage(true));
            page.locator("form.account-form button[type=submit]").click();
            assertThat(page).hasURL(base() + "/es/");
            assertThat(page.locator(".account-bar__name")).hasText("Lectora Nueva");

            page.locator(".account-bar__name").click();
            assertThat(page.locator(".identities__list li")).containsText("Mock ID");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("social-profile"))
                    .setFullPage(true));
        }
        assertThat(accountsWith(email)).isOne();
        assertThat(Chromium.screenshot("social-join")).exists();
        console.assertNothingBlockedByThePolicy();
    }

    /** From the English log-in page through the provider's form, as the person with that subject and claims. */
    private void continueWithProvider(Page page, String subject, String claims) {
        page.navigate(base() + "/en/account/login");
        assertThat(page.locator(".social-login__button[data-provider=mock]")).hasText("Continue with Mock ID");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.screenshot("social-login-page"))
                .setFullPage(true));
        page.locator(".social-login__button[data-provider=mock]").click();
        signInAtProviderPage(page, subject, claims);
    }

    /** The provider's own sign-in page: any subject, optional claims as JSON. */
    private void signInAtProviderPage(Page page, String subject, String claims) {
        String authorize = PROVIDER.authorizationEndpointUrl("default").toString();
        page.waitForURL(url -> url.startsWith(authorize));
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]").fill(claims);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.screenshot("social-provider"))
                .setFullPage(true));
        page.locator("input[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
