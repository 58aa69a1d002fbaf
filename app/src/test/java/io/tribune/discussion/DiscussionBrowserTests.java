package io.tribune.discussion;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.tribune.TribuneTest;
import io.tribune.accounts.AccountId;
import io.tribune.support.Chromium;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A commenter's journeys under an article in a real browser, with JavaScript and without. */
@TribuneTest
class DiscussionBrowserTests {

    /** The first comment a test application screens waits for the engine to be built; a loaded machine takes a while. */
    private static final LocatorAssertions.HasTextOptions FIRST_SCREENING =
            new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    Commenters commenters;
    Readers readers;

    @BeforeEach
    void commenters() {
        readers = Readers.of(application, port);
        commenters = readers.commenters();
    }

    @Test
    void commenterPostsACleanCommentSeesAProfaneOneRefusedAndReplies() {
        String email = readers.commenter("Ace McShane");
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            readers.logIn(page, email);
            page.navigate(readers.article("en"));
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
        String email = readers.commenter("Mel Bush");
        try (BrowserContext context = chromium.newContext("es-ES", false)) {
            Page page = context.newPage();
            readers.logIn(page, email);
            page.navigate(readers.article("es"));
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

    @Test
    void aCommentsLinkOpensItsThreadHighlightedWithAndWithoutJavaScript() {
        long article = commenters.article("en");
        AccountId author = commenters.confirmed("Polly Wright");
        long linked = commenters.stored(article, author, null, "An early word on the tram extension.", "PUBLISHED");
        for (int i = 0; i < 30; i++) {
            commenters.stored(article, author, null, "A later word on the trams, number " + i + ".", "PUBLISHED");
        }
        for (boolean javaScript : new boolean[] {true, false}) {
            try (BrowserContext context = chromium.newContext("en-GB", javaScript)) {
                Page page = context.newPage();
                page.setViewportSize(800, 600);
                page.navigate(readers.base() + "/en/comments/" + linked);

                Locator focused = page.locator("#comment-" + linked);
                assertThat(focused).hasClass(Pattern.compile("comment--focused"));
                assertThat(focused).isInViewport();
                assertThat(focused.locator("a.comment__link")).hasAttribute("href", "/en/comments/" + linked);
                page.locator("a", new Page.LocatorOptions().setHasText("Show the whole discussion"))
                        .click();
                assertThat(page.locator("article.comment", new Page.LocatorOptions().setHasText("number 29")))
                        .hasCount(1);
                assertThat(page.locator("#comment-" + linked)).hasCount(0);
            }
        }
    }
}
