package io.tribune.discussion;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the browser tests of discussions share: commenters who log in through the form, the pages of
 * the newest article of an edition, and the forms behind a comment's summaries.
 */
final class Readers {

    private static final String PASSWORD = "a browser commenter passphrase";

    private final Commenters commenters;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final int port;

    private Readers(Commenters commenters, JdbcClient jdbc, PasswordEncoder passwords, int port) {
        this.commenters = commenters;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.port = port;
    }

    /** The readers of the application under test, listening on that port. */
    static Readers of(ApplicationContext application, int port) {
        JdbcClient jdbc = application.getBean(JdbcClient.class);
        return new Readers(
                new Commenters(jdbc, application.getBean(PrivacyPolicy.class)),
                jdbc,
                application.getBean(PasswordEncoder.class),
                port);
    }

    Commenters commenters() {
        return commenters;
    }

    /** A confirmed commenter with a password; their email address, to log in with. */
    String commenter(String name) {
        return email(commenters.confirmed(name));
    }

    /** The email address of the reader, who is given the password the tests log in with. */
    String email(AccountId id) {
        commenters.password(id, passwords.encode(PASSWORD));
        return commenters.email(id);
    }

    void logIn(Page page, String email) {
        page.navigate(base() + "/en/account/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("form.account-form button[type=submit]").click();
        assertThat(page).not().hasURL(base() + "/en/account/login");
    }

    /** The address of the edition's newest article page. */
    String article(String edition) {
        return base()
                + jdbc.sql("select '/' || a.edition || '/' || s.slug || '/' || a.slug from article a join section s"
                                + " on s.id = a.section_id where a.id = ?")
                        .param(commenters.article(edition))
                        .query(String.class)
                        .single();
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** A comment's form behind its summary (Reply, Edit, Delete, Report). */
    static Locator action(Locator comment, String summary) {
        return comment.locator("details")
                .filter(new Locator.FilterOptions()
                        .setHas(comment.page().locator("summary", new Page.LocatorOptions().setHasText(summary))));
    }
}
