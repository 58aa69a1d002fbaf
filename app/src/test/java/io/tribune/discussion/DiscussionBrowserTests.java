package io.tribune.discussion;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.tribune.TribuneTest;
import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A commenter's journeys under an article in a real browser, with JavaScript and without. */
@TribuneTest
class DiscussionBrowserTests {

    private static final String PASSWORD = "a browser commenter passphrase";
    /** The first comment a test application screens waits for the engine to be built; a loaded machine takes a while. */
    private static final LocatorAssertions.HasTextOptions FIRST_SCREENING =
            new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyPolicy policy;

    @Autowired
    PasswordEncoder passwords;

    Commenters commenters;

    @BeforeEach
    void commenters() {
        commenters = new Commenters(jdbc, policy);
    }

    @Test
    void commenterPostsACleanCommentSeesAProfaneOneRefusedAndReplies() {
        String email = commenter("Ace McShane");
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            logIn(page, email);
            page.navigate(base() + articlePath("en"));
            Locator discussion = page.locator("#discussion");
            Locator form = discussion.locator("form.comment-form").first();

            form.getByLabel("Your comment").fill("The map of the closures is the clearest I have seen.");
            form.locator("button").click();
            assertThat(discussion.locator("#outcome")).hasText("Your comment has been published.", FIRST_SCREENING);
            Locator mine = discussion.locator(
                    ".comment",
                    new Locator.LocatorOptions().setHasText("The map of the closures is the clearest I have seen."));
            assertThat(mine).hasCount(1);
            assertThat(mine.locator(".comment__author")).hasText("Ace McShane");

            discussion
                    .locator("form.comment-form")
                    .first()
                    .getByLabel("Your comment")
                    .fill("Whoever wrote this is a fucking idiot.");
            discussion.locator("form.comment-form").first().locator("button").click();
            assertThat(discussion.locator("#outcome")).containsText("No profanity");
            assertThat(discussion.locator("#outcome a")).hasAttribute("href", "/en/standards");
            assertThat(discussion.locator(".comment", new Locator.LocatorOptions().setHasText("idiot")))
                    .hasCount(0);

            Locator thread = discussion.locator(
                    ".comment",
                    new Locator.LocatorOptions().setHasText("The map of the closures is the clearest I have seen."));
            Locator reply = thread.locator("details", new Locator.LocatorOptions().setHasText("Reply"));
            reply.locator("summary").click();
            reply.getByLabel("Your reply").fill("Adding: the ferry timetable changes on Monday too.");
            reply.locator("form button").click();
            assertThat(discussion
                            .locator(".comments__replies .comment")
                            .filter(new Locator.FilterOptions().setHasText("the ferry timetable changes")))
                    .hasCount(1);

            Locator mine2 = discussion.locator(
                    "article.comment",
                    new Locator.LocatorOptions().setHasText("The map of the closures is the clearest I have seen."));
            Locator edit = mine2.locator("details", new Locator.LocatorOptions().setHasText("Edit"));
            edit.locator("summary").click();
            edit.getByLabel("Your comment, edited").fill("The map of the road closures is the clearest I have seen.");
            edit.locator("form button").click();
            Locator edited = discussion.locator(
                    "article.comment",
                    new Locator.LocatorOptions()
                            .setHasText("The map of the road closures is the clearest I have seen."));
            assertThat(edited.locator(".comment__edited")).isVisible();
        }
    }

    @Test
    void commenterWithoutJavaScriptPostsFromTheDiscussionPage() {
        String email = commenter("Mel Bush");
        try (BrowserContext context = chromium.newContext("es-ES", false)) {
            Page page = context.newPage();
            logIn(page, email);
            page.navigate(base() + articlePath("es"));
            page.locator("#discussion a", new Page.LocatorOptions().setHasText("Leer los comentarios"))
                    .click();
            assertThat(page.locator("h1")).containsText("Comentarios");

            page.getByLabel("Tu comentario").fill("Muy buen resumen de la reunión del consejo.");
            page.locator("form.comment-form button").first().click();

            assertThat(page.locator("#outcome")).hasText("Tu comentario se ha publicado.", FIRST_SCREENING);
            assertThat(page.locator(".comment", new Page.LocatorOptions().setHasText("Muy buen resumen")))
                    .hasCount(1);
        }
    }

    private String commenter(String name) {
        AccountId id = commenters.confirmed(name);
        commenters.password(id, passwords.encode(PASSWORD));
        return commenters.email(id);
    }

    private void logIn(Page page, String email) {
        page.navigate(base() + "/en/account/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("form.account-form button[type=submit]").click();
        assertThat(page).not().hasURL(base() + "/en/account/login");
    }

    private String articlePath(String edition) {
        return jdbc.sql("select '/' || a.edition || '/' || s.slug || '/' || a.slug from article a join section s"
                        + " on s.id = a.section_id where a.id = ?")
                .param(commenters.article(edition))
                .query(String.class)
                .single();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
