package io.tribune.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import io.tribune.media.TestPictures;
import io.tribune.support.Chromium;
import io.tribune.support.PageConsole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reader's account journeys in a real browser: the captcha widget solves its proof of work itself. */
class AccountsBrowserTests extends AccountsWebTest {

    static final String NEW_PASSWORD = "a much better passphrase";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @org.springframework.beans.factory.annotation.Autowired
    io.tribune.media.Avatars avatars;

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
    void firstAdministratorChangesTheOneTimePasswordWithJavaScriptOn() {
        String email = uniqueEmail("one-time");
        registerConfirmed(email, "Marta Kowalska");
        jdbc.sql("update account set must_change_password = true where email = ?")
                .param(email)
                .update();
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = console.open(context);
            List<String> loaded = new ArrayList<>();
            page.onLoad(p -> loaded.add(p.url()));
            logIn(page, email, PASSWORD);
            page.navigate(base() + "/en/");
            assertThat(page).hasURL(base() + "/en/account/password");

            int settled = loaded.size();
            page.waitForTimeout(1_500);
            assertThat(loaded).as("the password page stays put").hasSize(settled);

            page.locator("#current").fill(PASSWORD);
            page.locator("#password").fill(NEW_PASSWORD);
            page.locator("form.account-form button[type=submit]").click();
            assertThat(page.locator("[role=status]")).containsText("password");
            page.navigate(base() + "/en/account");
            assertThat(page).hasURL(base() + "/en/account");
            assertThat(page.locator("h1")).hasText("Your account");
        }
    }

    @Test
    void readerRegistersConfirmsLogsInChangesAvatarDeletesAndRestoresTheAccount() {
        String email = uniqueEmail("journey");
        String uploaded;
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = console.open(context);
            page.navigate(base() + "/en/");
            page.locator(".topbar a[href='/en/account/register']").click();
            assertThat(page).hasURL(base() + "/en/account/register");
            page.locator("#email").fill(email);
            page.locator("#displayName").fill("Journey Reader");
            page.locator("#password").fill(PASSWORD);
            page.locator("#consent").check();
            solveCaptcha(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("accounts-register"))
                    .setFullPage(true));
            page.locator("form.account-form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Check your inbox");

            page.navigate(base() + linkMailedTo(email, "Confirm"));
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Address confirmed");

            logIn(page, email, PASSWORD);
            assertThat(page.locator(".account-bar__name")).hasText("Journey Reader");
            Locator barPicture = page.locator(".account-bar__avatar");
            assertThat(barPicture).hasAttribute("src", Pattern.compile("^/media/avatars/drawn/\\d+/JR\\.svg$"));
            waitUntilShown(page, ".account-bar__avatar");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("accounts-signed-in"))
                    .setClip(0, 0, 1280, 160));

            page.locator(".account-bar__name").click();
            Locator picture = page.locator(".account-avatar__picture");
            assertThat(picture).hasAttribute("src", Pattern.compile("^/media/avatars/drawn/\\d+/JR\\.svg$"));
            List<String> uploads = new ArrayList<>();
            page.onRequest(request -> {
                if (request.method().equals("POST") && request.url().endsWith("/account/avatar")) {
                    uploads.add(request.url());
                }
            });
            page.locator("#avatar").setInputFiles(new FilePayload("huge.jpg", "image/jpeg", new byte[6 * 1024 * 1024]));
            page.locator("form[enctype='multipart/form-data'] button[type=submit]")
                    .click();
            assertThat(page.locator("#avatar-size-problem")).isVisible();
            assertThat(page.locator("#avatar-size-problem"))
                    .hasText("This file is larger than 5 MB. Please choose a smaller picture.");
            assertThat(uploads).as("a file over the limit is not sent").isEmpty();
            page.locator("#avatar")
                    .setInputFiles(new FilePayload("holiday.jpg", "image/jpeg", TestPictures.jpeg(1200, 800)));
            assertThat(page.locator("#avatar-size-problem")).isHidden();
            page.locator("form[enctype='multipart/form-data'] button[type=submit]")
                    .click();
            assertThat(page.locator("[role=status]")).hasText("Your new picture is saved.");
            assertThat(uploads).hasSize(1);
            assertThat(picture).hasAttribute("src", Pattern.compile("^/media/avatars/[A-Za-z0-9_-]{22}/256\\.jpg$"));
            page.waitForFunction("() => { const i = document.querySelector('.account-avatar__picture');"
                    + " return i.complete && i.naturalWidth === 256; }");
            uploaded = picture.getAttribute("src");
            assertThat(barPicture).hasAttribute("src", uploaded.replace("/256.jpg", "/64.jpg"));
            page.waitForFunction("() => { const i = document.querySelector('.account-bar__avatar');"
                    + " return i && i.complete && i.naturalWidth === 64; }");
            assertThat(barPicture).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("accounts-avatar"))
                    .setFullPage(true));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("accounts-bar-avatar"))
                    .setClip(0, 0, 1280, 60));

            page.locator("a[href='/en/account/delete']").click();
            assertThat(page.locator("main")).containsText("Are you sure?");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Your account is deactivated");
            assertThat(page.locator(".account-bar__name")).hasCount(0);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = console.open(context);
            submitLogIn(page, email, PASSWORD);
            assertThat(page).hasURL(base() + "/en/account/login");
            assertThat(page.locator(".account-form__summary")).isVisible();
            assertThat(page.locator(".account-bar__name")).hasCount(0);

            page.navigate(base() + linkMailedTo(email, "Restore your account"));
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Account restored");

            logIn(page, email, PASSWORD);
            assertThat(page.locator(".account-bar__name")).hasText("Journey Reader");
            page.locator(".account-bar__name").click();
            assertThat(page.locator(".account-avatar__picture")).hasAttribute("src", uploaded);
        }
        assertThat(Chromium.screenshot("accounts-register")).exists();
        assertThat(Chromium.screenshot("accounts-avatar")).exists();
        assertThat(Chromium.screenshot("accounts-signed-in")).exists();
        assertThat(Chromium.screenshot("accounts-bar-avatar")).exists();
        console.assertNothingBlockedByThePolicy();
    }

    @Test
    void readerRecoversAForgottenPasswordThroughTheMailedLink() {
        String email = uniqueEmail("forgetful-browser");
        registerConfirmed(email, "Forgetful Browser");
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = console.open(context);
            page.navigate(base() + "/en/account/login");
            page.locator("a[href='/en/account/recover']").click();
            page.locator("#email").fill(email);
            solveCaptcha(page);
            page.locator("form.account-form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Check your inbox");

            page.navigate(base() + linkMailedTo(email, "Reset your password"));
            page.locator("#password").fill(NEW_PASSWORD);
            page.locator("form.account-form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Password changed");

            submitLogIn(page, email, PASSWORD);
            assertThat(page.locator(".account-form__summary")).isVisible();
            assertThat(page.locator(".account-bar__name")).hasCount(0);

            logIn(page, email, NEW_PASSWORD);
            assertThat(page.locator(".account-bar__name")).hasText("Forgetful Browser");
        }
        console.assertNothingBlockedByThePolicy();
    }

    @Test
    void administratorSetsAPasswordThenFindsAnAccountGrantsARoleAndRevokesIt() {
        String adminEmail = uniqueEmail("new-admin");
        registerConfirmed(adminEmail, "Night Desk Chief");
        // as the first start leaves an administrator: the password known to others must be replaced
        jdbc.sql("insert into account_role (account_id, role, granted_at) values (?, 'ADMIN', current_timestamp)")
                .param(accountIdOf(adminEmail).value())
                .update();
        jdbc.sql("update account set must_change_password = true where email = ?")
                .param(adminEmail)
                .update();
        String email = uniqueEmail("desk");
        registerConfirmed(email, "Ines Valdivia");
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = console.open(context);
            logIn(page, adminEmail, PASSWORD);
            assertThat(page).hasURL(base() + "/en/account/password");
            page.locator("#current").fill(PASSWORD);
            page.locator("#password").fill(NEW_PASSWORD);
            page.locator("form.account-form button[type=submit]").click();
            assertThat(page.locator("[role=status]"))
                    .hasText("Your password is changed. Other devices have been logged out.");

            page.navigate(base() + "/en/account");
            page.getByText("Staff roles and accounts").click();
            assertThat(page).hasURL(base() + "/en/account/admin/roles");
            page.locator("#q").fill("INES VALD");
            page.locator("#main form[role=search] button[type=submit]").click();
            Locator row = page.locator(".staff__accounts tbody tr");
            assertThat(row).hasCount(1);
            assertThat(row).containsText(email);
            assertThat(row).containsText("No staff role");
            row.locator("select[name=role]").selectOption("EDITOR");
            row.locator("select[name=roleEdition]").selectOption("ru");
            row.locator("button[type=submit]").click();
            assertThat(page.locator("[role=status]")).hasText("The role was granted.");
            assertThat(row).containsText("Editor (ru)");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("accounts-staff-roles"))
                    .setFullPage(true));
            assertThat(heldEditorRoles(email, "ru")).isEqualTo(1);

            row.locator("a.staff__revoke").click();
            assertThat(page.locator("h1")).hasText("Revoke a role");
            assertThat(page.locator("main"))
                    .containsText("Revoke the role Editor in the edition Русский from Ines Valdivia (" + email + ")?");
            page.getByText("Yes, revoke the role").click();
            assertThat(page.locator("[role=status]")).hasText("The role was revoked.");
            assertThat(page.locator(".staff__table").first()).not().containsText(email);
        }
        assertThat(heldEditorRoles(email, "ru")).isZero();
        assertThat(Chromium.screenshot("accounts-staff-roles")).exists();
        console.assertNothingBlockedByThePolicy();
    }

    private int heldEditorRoles(String email, String edition) {
        return jdbc.sql("select count(*) from account_role where account_id = ? and role = 'EDITOR' and edition = ?"
                        + " and revoked_at is null")
                .params(accountIdOf(email).value(), edition)
                .query(Integer.class)
                .single();
    }

    @Test
    void readerWithoutJavaScriptIsToldTheCheckNeedsIt() {
        try (BrowserContext context = chromium.newContext("en-GB", false)) {
            Page page = console.open(context);
            page.navigate(base() + "/en/");
            page.locator(".topbar a[href='/en/account/register']").click();
            assertThat(page.locator(".account-form__needs-script"))
                    .hasText(java.util.regex.Pattern.compile(
                            "^This check needs JavaScript, which is off in your browser.*"));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"ru, Я не робот", "es, No soy un robot", "ar, أنا لست روبوتاً"})
    void captchaWidgetSpeaksTheEditionLanguage(String edition, String label) {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = console.open(context);
            page.navigate(base() + "/" + edition + "/account/register");
            assertThat(page.locator("altcha-widget label[for^=altcha-checkbox]").first())
                    .hasText(label);
            console.assertNothingBlockedByThePolicy();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"Вера Павлова, ВП, 11", "محمد علي, م, 12", "Ada Lovelace, AL, 13"})
    void drawnAvatarsShowTheInitialsOfEveryScript(String name, String initials, long seed) {
        String src = avatars.of(java.util.Optional.empty(), name, seed).large();
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = console.open(context);
            page.navigate(base() + src);
            assertThat(page.locator("text")).hasText(initials);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.screenshot("accounts-avatar-drawn-" + seed))
                    .setClip(0, 0, 256, 256));
        }
        assertThat(Chromium.screenshot("accounts-avatar-drawn-" + seed)).exists();
    }

    /** Waits until the picture has loaded and is drawn with a size, so a screenshot shows it. */
    private static void waitUntilShown(Page page, String selector) {
        page.waitForFunction(
                "s => { const i = document.querySelector(s); return i && i.complete && i.naturalWidth > 0"
                        + " && i.getBoundingClientRect().width > 0; }",
                selector);
    }

    /** Starts the widget and waits until its proof of work is in the form. */
    private void solveCaptcha(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // a person ticks the box by its label; the widget draws its own tick over the native box
        page.locator("altcha-widget label[for^=altcha-checkbox]").first().click();
        assertThat(page.locator("altcha-widget [data-state]").first()).hasAttribute("data-state", "verified");
        // the site asks the widget for no footer and no logo (a link off the site)
        assertThat(page.locator("altcha-widget .altcha-footer").first()).isHidden();
        assertThat(page.locator("altcha-widget .altcha-logo").first()).isHidden();
        assertThat(page.locator(".account-form__needs-script").first()).isHidden();
        Object payload = page.evaluate("() => new FormData(document.querySelector('form.account-form')).get('altcha')");
        assertThat(payload).as("the widget's payload in the form").isInstanceOf(String.class);
        assertThat((String) payload).isNotBlank();
    }

    private void submitLogIn(Page page, String email, String password) {
        page.navigate(base() + "/en/account/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        if (page.locator("altcha-widget").count() > 0) {
            solveCaptcha(page);
        }
        page.locator("form.account-form button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private void logIn(Page page, String email, String password) {
        submitLogIn(page, email, password);
        assertThat(page).not().hasURL(base() + "/en/account/login");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
