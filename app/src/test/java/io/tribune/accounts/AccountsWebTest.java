package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.tribune.support.Browser;
import io.tribune.support.MailServer;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running site with a real SMTP server (GreenMail) behind it, shared by the accounts web tests.
 * Each test uses its own addresses, so tests need no clean-up between them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tribune.demo.enabled=false",
            "tribune.base-url=http://news.tribune.test",
            "tribune.media.root=" + AccountsWebTest.MEDIA_ROOT,
            "spring.datasource.url=jdbc:h2:mem:accounts-web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "tribune.accounts.captcha.max-number=2000",
            "tribune.accounts.captcha.secret=a test secret of thirty-two bytes or more",
            "tribune.mail.from=Tribune <no-reply@tribune.test>",
            "tribune.accounts.first-admin.email=chief@tribune.test",
            "tribune.accounts.first-admin.password=" + AccountsWebTest.ADMIN_PASSWORD
        })
abstract class AccountsWebTest {

    static final GreenMail MAIL = MailServer.started();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile("(http://\\S+/account/\\S+)");
    static final String PASSWORD = "correct horse battery staple";
    static final String ADMIN_PASSWORD = "first admin passphrase";
    static final String MEDIA_ROOT = "target/accounts-media";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailServer.sendTo(MAIL, registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    /** Every test comes from the same network address: the hourly quotas start afresh for each. */
    @BeforeEach
    void forgetQuotas() {
        jdbc.sql("delete from request_quota").update();
    }

    static String uniqueEmail(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + "@example.org";
    }

    int accountsWith(String email) {
        return jdbc.sql("select count(*) from account where email = ?")
                .param(email.toLowerCase())
                .query(Integer.class)
                .single();
    }

    int accountCount() {
        return jdbc.sql("select count(*) from account").query(Integer.class).single();
    }

    /** Fills and sends the registration form of an edition, solving its captcha. */
    HttpResponse<String> register(String edition, String email, String displayName, String password, boolean consent) {
        String page = browser.get("/" + edition + "/account/register").body();
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("email", email);
        fields.put("displayName", displayName);
        fields.put("password", password);
        if (consent) {
            fields.put("consent", "yes");
        }
        fields.put("altcha", Browser.solveCaptcha(page));
        return browser.post("/" + edition + "/account/register", page, fields);
    }

    /** Waits for the next letter to the address and returns the first account link in it. */
    String linkMailedTo(String email, String subjectPart) {
        MimeMessage letter = letterTo(email, subjectPart);
        Matcher link = LINK.matcher(MailServer.text(letter));
        assertThat(link.find()).as("a link in the letter").isTrue();
        // the site's configured address is the default one; the test server listens elsewhere
        return link.group(1).replaceFirst("^http://[^/]+", "");
    }

    MimeMessage letterTo(String email, String subjectPart) {
        for (int attempt = 0; attempt < 50; attempt++) {
            var found = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(email))
                    .filter(m -> subject(m).contains(subjectPart))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            MAIL.waitForIncomingEmail(100, 1);
        }
        throw new AssertionError("no letter to " + email + " about " + subjectPart);
    }

    String newestSubjectTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(email))
                .reduce((first, second) -> second)
                .map(AccountsWebTest::subject)
                .orElse("");
    }

    long lettersTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(email))
                .count();
    }

    /** Registers and confirms an account through the site, as a person would. */
    void registerConfirmed(String email, String displayName) {
        assertThat(register("en", email, displayName, PASSWORD, true).statusCode())
                .isEqualTo(302);
        String link = linkMailedTo(email, "Confirm");
        String page = browser.get(link).body();
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(browser.post("/en/account/confirm", page, Map.of("token", token))
                        .statusCode())
                .isEqualTo(200);
    }

    /** Logs the test's browser in through the log-in form. */
    void logInAs(String email, String password) {
        String page = browser.get("/en/account/login").body();
        assertThat(browser.post("/en/account/login", page, Map.of("email", email, "password", password))
                        .statusCode())
                .isEqualTo(302);
    }

    AccountId accountIdOf(String email) {
        return jdbc.sql("select id from account where email = ?")
                .param(email.toLowerCase())
                .query((rs, n) -> new AccountId(rs.getLong(1)))
                .single();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
