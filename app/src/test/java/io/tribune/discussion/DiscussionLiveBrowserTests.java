package io.tribune.discussion;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.tribune.TribuneTest;
import io.tribune.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two readers on the same article in two browsers: what one posts, edits or deletes shows in the
 * other's page without a reload, with the count, and the forms of what arrived live work.
 */
@TribuneTest
class DiscussionLiveBrowserTests {

    private static final double PATIENCE_MILLIS = 20_000;

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
    void aReaderSeesCommentsAndRepliesOfAnotherAppearWithoutReloading() {
        String email = readers.commenter("Sarah Jane Smith");
        String thread = "Thank you for the clear map of the road closures.";
        String reply = "Adding to my own note: the detour signs go up on Monday.";
        try (BrowserContext posting = chromium.newContext("en-GB");
                BrowserContext watching = chromium.newContext("en-GB")) {
            Page watcher = watching.newPage();
            watcher.navigate(readers.article("en"));
            assertThat(watcher.locator("#discussion-body")).hasAttribute("data-live-state", "open", opened());
            watcher.evaluate("window.stillTheSamePage = true");
            Page poster = posting.newPage();
            readers.logIn(poster, email);
            poster.navigate(readers.article("en"));
            assertThat(poster.locator("#discussion-body")).hasAttribute("data-live-state", "open", opened());

            Locator form = poster.locator("#discussion form.comment-form").first();
            form.getByLabel("Your comment").fill(thread);
            form.locator("button").click();
            assertThat(poster.locator("#outcome")).hasText("Your comment has been published.", answered());

            Locator arrived = watcher.locator("#discussion .comment", new Page.LocatorOptions().setHasText(thread));
            assertThat(arrived).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(PATIENCE_MILLIS));
            assertThat(watcher.locator("#discussion ol.comments > li").first()).containsText(thread);
            assertThat(watcher.locator("[data-live-status]"))
                    .hasText(
                            "New comment by Sarah Jane Smith",
                            new LocatorAssertions.HasTextOptions().setTimeout(PATIENCE_MILLIS));
            assertThat(watcher.locator(".comment__reply")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(watcher.evaluate("window.stillTheSamePage"))
                    .as("the watcher's page was not reloaded")
                    .isEqualTo(true);

            String id = poster.locator("#discussion .comment", new Page.LocatorOptions().setHasText(thread))
                    .getAttribute("id")
                    .substring("comment-".length());
            assertThat(poster.locator("html")).hasAttribute("data-live-last", id, lastEvent());
            assertThat(poster.locator("#discussion .comment", new Page.LocatorOptions().setHasText(thread)))
                    .hasCount(1);

            Locator mine = poster.locator("#comment-" + id)
                    .locator("details", new Locator.LocatorOptions().setHasText("Reply"));
            mine.locator("summary").click();
            mine.getByLabel("Your reply").fill(reply);
            mine.locator("form button").click();
            Locator replied = watcher.locator(
                    "#discussion .comments__replies .comment", new Page.LocatorOptions().setHasText(reply));
            assertThat(replied).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(PATIENCE_MILLIS));
            assertThat(watcher.locator("#comment-" + id).locator("xpath=ancestor::li[1]"))
                    .containsText(reply);
        }
    }

    @Test
    void aReaderSortingByRepliesIsOfferedTheNewCommentsInsteadOfHavingThemInserted() {
        String email = readers.commenter("Luke Smith");
        String text = "The sketch of the new crossing helped me picture it.";
        try (BrowserContext posting = chromium.newContext("en-GB");
                BrowserContext watching = chromium.newContext("en-GB")) {
            Page watcher = watching.newPage();
            watcher.navigate(readers.article("en"));
            assertThat(watcher.locator("#discussion-body")).hasAttribute("data-live-state", "open", opened());
            Page poster = posting.newPage();
            readers.logIn(poster, email);
            poster.navigate(readers.article("en"));
            Locator form = poster.locator("#discussion form.comment-form").first();
            form.getByLabel("Your comment").fill("A first comment, so the discussion can be sorted.");
            form.locator("button").click();
            assertThat(poster.locator("#outcome")).hasText("Your comment has been published.", answered());
            watcher.reload();
            watcher.locator("#discussion .discussion__sort a", new Page.LocatorOptions().setHasText("Most replied"))
                    .click();
            assertThat(watcher.locator("#discussion-body")).hasAttribute("data-live-order", "most-replied");
            assertThat(watcher.locator("#discussion-body")).hasAttribute("data-live-state", "open", opened());

            form = poster.locator("#discussion form.comment-form").first();
            form.getByLabel("Your comment").fill(text);
            form.locator("button").click();
            assertThat(poster.locator("#outcome")).hasText("Your comment has been published.", answered());

            Locator offer = watcher.locator(".discussion__live-new button");
            assertThat(offer)
                    .hasText(
                            "New comments: 1. Show them",
                            new LocatorAssertions.HasTextOptions().setTimeout(PATIENCE_MILLIS));
            assertThat(watcher.locator("#discussion .comment", new Page.LocatorOptions().setHasText(text)))
                    .hasCount(0);
            offer.click();
            assertThat(watcher.locator("#discussion .comment", new Page.LocatorOptions().setHasText(text)))
                    .hasCount(1);
            assertThat(watcher.locator(".discussion__live-new")).hasCount(0);
        }
    }

    @Test
    void aReaderSeesEditsDeletionsAndTheCountChangeLiveAndUsesTheFormsOfCommentsThatArrivedLive() {
        String posterEmail = readers.commenter("Clara Oswald");
        String watcherEmail = readers.commenter("Danny Pink");
        String first = "The timetable of the night trains is in the second table.";
        String edited = "The timetable of the night trains is in the third table.";
        String reply = "Thank you, the third table has the Sunday trains as well.";
        String second = "The detour of the number twelve bus starts on Monday morning.";
        try (BrowserContext posting = chromium.newContext("en-GB");
                BrowserContext watching = chromium.newContext("en-GB")) {
            Page watcher = watching.newPage();
            readers.logIn(watcher, watcherEmail);
            watcher.navigate(readers.article("en"));
            assertThat(watcher.locator("#discussion-body")).hasAttribute("data-live-state", "open", opened());
            watcher.evaluate("window.stillTheSamePage = true");
            int before = publishedCount();
            Page poster = posting.newPage();
            readers.logIn(poster, posterEmail);
            poster.navigate(readers.article("en"));
            assertThat(poster.locator("#discussion-body")).hasAttribute("data-live-state", "open", opened());

            post(poster, first);
            Locator arrived =
                    watcher.locator("#discussion article.comment", new Page.LocatorOptions().setHasText(first));
            assertThat(arrived).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(PATIENCE_MILLIS));
            String id = arrived.getAttribute("id");
            assertThat(watcher.locator("#discussion [data-live-count]")).hasText("Comments: " + (before + 1));
            assertThat(watcher.locator("[data-comment-count]"))
                    .hasText(new String[] {String.valueOf(before + 1), String.valueOf(before + 1)});

            Locator replying = Readers.action(watcher.locator("#" + id), "Reply");
            replying.locator("summary").click();
            replying.getByLabel("Your reply").fill(reply);

            Locator edit = Readers.action(poster.locator("#" + id), "Edit");
            edit.locator("summary").click();
            edit.getByLabel("Your comment, edited").fill(edited);
            edit.locator("form button").click();
            assertThat(watcher.locator("#" + id + " .comment__body"))
                    .hasText(edited, new LocatorAssertions.HasTextOptions().setTimeout(PATIENCE_MILLIS));
            assertThat(watcher.locator("#" + id + " .comment__edited")).isVisible();
            assertThat(replying.getByLabel("Your reply")).hasValue(reply);

            replying.locator("form button").click();
            assertThat(watcher.locator("#outcome")).hasText("Your comment has been published.", answered());
            assertThat(poster.locator(
                            "#discussion .comments__replies .comment", new Page.LocatorOptions().setHasText(reply)))
                    .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(PATIENCE_MILLIS));

            post(poster, second);
            Locator secondArrived =
                    watcher.locator("#discussion article.comment", new Page.LocatorOptions().setHasText(second));
            assertThat(secondArrived).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(PATIENCE_MILLIS));
            Locator report = Readers.action(secondArrived, "Report");
            report.locator("summary").click();
            report.getByLabel("Which rule does it break?").selectOption("trolling");
            report.locator("form button").click();
            assertThat(watcher.locator("#outcome"))
                    .hasText("Thank you: moderators will review the comment you reported.", answered());

            Locator delete = Readers.action(
                    poster.locator("#discussion article.comment", new Page.LocatorOptions().setHasText(second)),
                    "Delete");
            delete.locator("summary").click();
            delete.locator("form button").click();
            assertThat(poster.locator("#outcome")).hasText("Your comment has been deleted.", answered());
            assertThat(watcher.locator("#discussion article.comment", new Page.LocatorOptions().setHasText(second)))
                    .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(PATIENCE_MILLIS));
            assertThat(watcher.locator("#discussion [data-live-count]")).hasText("Comments: " + (before + 2));
            org.assertj.core.api.Assertions.assertThat(watcher.evaluate("window.stillTheSamePage"))
                    .as("the watcher's page was not reloaded")
                    .isEqualTo(true);
        }
    }

    private static void post(Page page, String text) {
        Locator form = page.locator("#discussion form.comment-form").first();
        form.getByLabel("Your comment").fill(text);
        form.locator("button").click();
        assertThat(page.locator("#outcome")).hasText("Your comment has been published.", answered());
    }

    private int publishedCount() {
        return jdbc.sql("select count(*) from comment where article_id = ? and status = 'PUBLISHED'")
                .param(commenters.article("en"))
                .query(Integer.class)
                .single();
    }

    private static LocatorAssertions.HasAttributeOptions opened() {
        return new LocatorAssertions.HasAttributeOptions().setTimeout(PATIENCE_MILLIS);
    }

    /** The first comment screened in a run waits for the language models to load. */
    private static LocatorAssertions.HasTextOptions answered() {
        return new LocatorAssertions.HasTextOptions().setTimeout(PATIENCE_MILLIS);
    }

    private static LocatorAssertions.HasAttributeOptions lastEvent() {
        return new LocatorAssertions.HasAttributeOptions().setTimeout(PATIENCE_MILLIS);
    }
}
