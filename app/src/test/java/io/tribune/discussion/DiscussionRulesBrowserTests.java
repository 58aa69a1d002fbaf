package io.tribune.discussion;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.tribune.accounts.AccountId;
import io.tribune.support.Chromium;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The edition's rules as commenters meet them in a real browser: a new reader's first comment held
 * where the edition pre-moderates, the edit window, and readers' weighted reports that hide a comment
 * for everyone else, live, until a moderator reviews it. The Russian edition pre-moderates each
 * reader's first comment and reports weighing 2.5 hide a comment; the clock can be moved on.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:discussion-rules;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.media.root=target/test-media",
            "tribune.views.flush-interval=PT1H",
            "tribune.discussion.report-threshold=2.5",
            "tribune.moderation.policy=src/test/resources/policies/premoderated-ru.yaml"
        })
@Import(DiscussionRulesBrowserTests.MovableClock.class)
class DiscussionRulesBrowserTests {

    private static final double PATIENCE_MILLIS = 30_000;

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    /** The real time, which a test may move on: the application runs as it would, only later. */
    @TestConfiguration
    static class MovableClock {

        static volatile Duration ahead = Duration.ZERO;

        @Bean
        @Primary
        Clock movableClock() {
            return new Clock() {
                @Override
                public Instant instant() {
                    return Instant.now().plus(ahead);
                }

                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PostComment postComment;

    Commenters commenters;
    Readers readers;

    @BeforeEach
    void commenters() {
        readers = Readers.of(application, port);
        commenters = readers.commenters();
    }

    @Test
    void aBrandNewReadersFirstCommentIsHeldShownToThemAsPendingAndToNoOneElse() {
        String email = readers.commenter("Варвара");
        String text = "Спасибо за подробную карту перекрытий, она очень помогла.";
        try (BrowserContext newcomer = chromium.newContext("ru-RU");
                BrowserContext other = chromium.newContext("ru-RU")) {
            Page page = newcomer.newPage();
            readers.logIn(page, email);
            page.navigate(readers.article("ru"));
            Locator form = page.locator("#discussion form.comment-form").first();
            form.getByLabel("Ваш комментарий").fill(text);
            form.locator("button").click();

            assertThat(page.locator("#outcome"))
                    .hasText("Ваш комментарий ожидает проверки модератором и появится после одобрения.", answered());
            assertThat(page.locator("#outcome")).hasClass("discussion__outcome discussion__outcome--held");
            Locator mine = page.locator("#discussion article.comment", new Page.LocatorOptions().setHasText(text));
            assertThat(mine).hasClass("comment comment--pending");
            assertThat(mine.locator(".comment__pending")).containsText("Ждёт проверки");
            assertThat(Readers.action(mine, "Ответить")).hasCount(0);

            Page looking = other.newPage();
            looking.navigate(readers.article("ru"));
            assertThat(looking.locator("#discussion-body")).hasAttribute("data-live-state", "open", opened());
            assertThat(looking.locator("#discussion article.comment", new Page.LocatorOptions().setHasText(text)))
                    .hasCount(0);
        }
    }

    @Test
    void aCommenterEditsWithinTheWindowAndIsToldOnceItIsOver() {
        String email = readers.commenter("Polly Wright");
        String text = "The ferry timetable in the second map is the one for weekdays.";
        String edited = "The ferry timetable in the second map is the one for weekends.";
        String late = "The ferry timetable in the second map is the one for holidays.";
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            readers.logIn(page, email);
            page.navigate(readers.article("en"));
            Locator form = page.locator("#discussion form.comment-form").first();
            form.getByLabel("Your comment").fill(text);
            form.locator("button").click();
            assertThat(page.locator("#outcome")).hasText("Your comment has been published.", answered());
            String id = page.locator("#discussion article.comment", new Page.LocatorOptions().setHasText(text))
                    .getAttribute("id");

            Locator edit = Readers.action(page.locator("#" + id), "Edit");
            edit.locator("summary").click();
            edit.getByLabel("Your comment, edited").fill(edited);
            edit.locator("form button").click();
            assertThat(page.locator("#" + id + " .comment__body")).hasText(edited, answered());
            assertThat(page.locator("#" + id + " .comment__edited")).isVisible();

            edit = Readers.action(page.locator("#" + id), "Edit");
            edit.locator("summary").click();
            edit.getByLabel("Your comment, edited").fill(late);
            MovableClock.ahead = Duration.ofMinutes(11);
            try {
                edit.locator("form button").click();
                Locator refused = page.locator("#" + id + " .comment-form__problem");
                assertThat(refused).hasText("The time to edit this comment is over.", answered());
                assertThat(page.locator("#" + id + " .comment__body")).hasText(edited);
                assertThat(page.locator("#" + id).getByLabel("Your comment, edited"))
                        .hasValue(late);

                page.reload();
                assertThat(page.locator("#" + id + " .comment__body")).hasText(edited);
                assertThat(Readers.action(page.locator("#" + id), "Edit")).hasCount(0);
            } finally {
                MovableClock.ahead = Duration.ZERO;
            }
        }
    }

    @Test
    void readersReportACommentUntilItsWeightHidesItFromOthersLiveAndItAwaitsAModerator() {
        AccountId author = commenters.confirmed("Steven Taylor");
        String text = "Anyone who still drives into the old town deserves the fines, frankly.";
        long article = commenters.article("en");
        Posting.Posted posted = (Posting.Posted) postComment.post(new NewComment(
                author, "en", article, null, text, UUID.randomUUID().toString(), Commenters.address()));
        org.assertj.core.api.Assertions.assertThat(posted.status())
                .as(posted.notice())
                .isEqualTo(CommentStatus.PUBLISHED);
        String id = "comment-" + posted.commentId();
        AccountId trusted = commenters.confirmed("Dodo Chaplet");
        upheldReport(trusted);
        String trustedEmail = readers.email(trusted);
        String otherEmail = readers.commenter("Ben Jackson");
        try (BrowserContext watching = chromium.newContext("en-GB");
                BrowserContext first = chromium.newContext("en-GB");
                BrowserContext second = chromium.newContext("en-GB");
                BrowserContext authoring = chromium.newContext("en-GB")) {
            Page watcher = watching.newPage();
            watcher.navigate(readers.article("en"));
            assertThat(watcher.locator("#discussion-body")).hasAttribute("data-live-state", "open", opened());
            assertThat(watcher.locator("#" + id)).hasCount(1);

            report(first.newPage(), trustedEmail, id);
            assertThat(first.pages().getFirst().locator("#outcome"))
                    .hasText("Thank you: moderators will review the comment you reported.", answered());
            assertThat(watcher.locator("#" + id)).hasCount(1);

            Page reporter = second.newPage();
            report(reporter, otherEmail, id);
            assertThat(reporter.locator("#outcome"))
                    .hasText("Thank you: the comment you reported is hidden until a moderator reviews it.", answered());
            assertThat(reporter.locator("#" + id)).hasCount(0);

            assertThat(watcher.locator("#" + id))
                    .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(PATIENCE_MILLIS));
            org.assertj.core.api.Assertions.assertThat(
                            jdbc.sql("select status || ' ' || rule from comment where id = ?")
                                    .param(posted.commentId())
                                    .query(String.class)
                                    .single())
                    .isEqualTo("HELD trolling");

            Page own = authoring.newPage();
            readers.logIn(own, readers.email(author));
            own.navigate(readers.article("en"));
            assertThat(own.locator("#" + id)).hasClass("comment comment--pending");
        }
    }

    /** Logs the reader in and reports the comment under the trolling rule. */
    private void report(Page page, String email, String id) {
        readers.logIn(page, email);
        page.navigate(readers.article("en"));
        Locator report = Readers.action(page.locator("#" + id), "Report");
        report.locator("summary").click();
        report.getByLabel("Which rule does it break?").selectOption("trolling");
        report.locator("form button").click();
    }

    /** One earlier report of the reader that a moderator upheld: their reports weigh 1.5 from now on. */
    private void upheldReport(AccountId reporter) {
        Posting.Posted earlier = (Posting.Posted) postComment.post(new NewComment(
                commenters.confirmed("Katarina"),
                "en",
                commenters.otherArticle("en"),
                null,
                "The port strike timetable changed again this morning.",
                UUID.randomUUID().toString(),
                Commenters.address()));
        jdbc.sql("insert into comment_report (comment_id, reporter_id, reason, weight, created_at, outcome)"
                        + " values (?, ?, 'spam', 1, current_timestamp, 'UPHELD')")
                .params(earlier.commentId(), reporter.value())
                .update();
    }

    private static LocatorAssertions.HasAttributeOptions opened() {
        return new LocatorAssertions.HasAttributeOptions().setTimeout(PATIENCE_MILLIS);
    }

    /** The first comment screened in a run waits for the engine to be built; a loaded machine takes a while. */
    private static LocatorAssertions.HasTextOptions answered() {
        return new LocatorAssertions.HasTextOptions().setTimeout(PATIENCE_MILLIS * 2);
    }
}
