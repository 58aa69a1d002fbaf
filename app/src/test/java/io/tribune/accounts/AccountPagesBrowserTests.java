package io.tribune.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tribune.support.Axe;
import io.tribune.support.Chromium;
import io.tribune.support.TopBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The account pages in a real browser: accessible by axe's rules, links that look like links. */
class AccountPagesBrowserTests extends AccountsWebTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @ParameterizedTest
    @CsvSource({"en, en-GB", "ar, ar-EG"})
    void logInRegisterAndProfilePagesPassAxe(String edition, String locale) {
        Page page = chromium.newPage(locale);
        page.navigate(base() + "/" + edition + "/account/register");
        Axe.assertNoViolations(page);
        page.navigate(base() + "/" + edition + "/account/login");
        Axe.assertNoViolations(page);

        logInAsAReader(page, edition);
        page.navigate(base() + "/" + edition + "/account");
        assertThat(page.locator("form[action$='/account/name']")).isVisible();
        Axe.assertNoViolations(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.screenshot("account-profile-" + edition))
                .setFullPage(true));
    }

    @ParameterizedTest
    @CsvSource({"es, es-ES", "ar, ar-EG"})
    void signedInTopBarStaysOnOneLineOnA390PixelPhone(String edition, String locale) {
        Page page = chromium.newPage(locale);
        page.setViewportSize(390, 844);
        logInAsAReader(page, edition);
        TopBar.assertOnOneLine(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.screenshot("topbar-390-signed-in-" + edition))
                .setClip(0, 0, 390, 120));
    }

    @Test
    void linksLookLikeLinksAndButtonsUseTheSiteFont() {
        Page page = chromium.newPage("en-GB");
        page.navigate(base() + "/en/account/login");
        Locator forgot = page.getByText("Forgot your password?");
        Locator text = page.locator("label[for=email]");
        assertThat(style(forgot, "textDecorationLine")).isEqualTo("underline");
        assertThat(style(forgot, "color")).isNotEqualTo(style(text, "color"));

        Locator button = page.locator("form.account-form button[type=submit]");
        assertThat(style(button, "fontFamily")).isEqualTo(style(text, "fontFamily"));
        assertThat(style(button, "fontSize")).isEqualTo(style(text, "fontSize"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.screenshot("account-login-en"))
                .setFullPage(true));
    }

    /** A reader with a long display name, the widest a signed-in top bar gets. */
    private void logInAsAReader(Page page, String edition) {
        String email = uniqueEmail("axe-" + edition);
        registerConfirmed(email, "Maximiliana Fernández-Oyarzábal");
        page.navigate(base() + "/" + edition + "/account/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("form.account-form button[type=submit]").click();
        assertThat(page.locator(".account-bar__name")).isVisible();
    }

    private static String style(Locator element, String property) {
        return (String) element.evaluate("(e, p) => getComputedStyle(e)[p]", property);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
