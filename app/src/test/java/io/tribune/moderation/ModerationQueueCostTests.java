package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.CommentQueue;
import io.tribune.discussion.Queue;
import io.tribune.discussion.QueueQuery;
import io.tribune.discussion.QueuedComment;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a console page costs the database: a page of held comments reads their threads, reports, authors
 * and articles together, so a page of fifty makes as many statements as a page of five.
 */
class ModerationQueueCostTests extends ModerationWebTest {

    @Autowired
    ModerationStatements statements;

    @Autowired
    CommentQueue queue;

    @Autowired
    ModerationQueue console;

    /** Fifty held replies under a rule of their own, by ten authors on up to ten articles, each reported. */
    List<Long> heldReplies(String rule) {
        List<Long> articles = jdbc.sql("select id from article where edition = 'en' and published_at <= :now"
                        + " order by id fetch first 10 rows only")
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .list();
        List<AccountId> authors = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            authors.add(reader("Costly Author " + i, "en"));
        }
        AccountId reporter = reader("Costly Reporter", "en");
        List<Long> held = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long article = articles.get(i % articles.size());
            AccountId author = authors.get(i % authors.size());
            long thread = comment(article, "en", author, "PUBLISHED", null, "The thread's first word " + i, "{}");
            long parent = comment(article, "en", author, "PUBLISHED", null, "A reply in between " + i, "{}");
            long reply = comment(article, "en", author, "HELD", rule, "What damn nonsense " + i, PROFANITY_RECORD);
            jdbc.sql("update comment set thread_id = :thread, parent_id = :thread where id = :id")
                    .param("thread", thread)
                    .param("id", parent)
                    .update();
            jdbc.sql("update comment set thread_id = :thread, parent_id = :parent where id = :id")
                    .param("thread", thread)
                    .param("parent", parent)
                    .param("id", reply)
                    .update();
            jdbc.sql("insert into comment_report (comment_id, reporter_id, reason, weight, created_at)"
                            + " values (:c, :r, 'trolling', 1.5, current_timestamp)")
                    .param("c", reply)
                    .param("r", reporter.value())
                    .update();
            held.add(reply);
        }
        return held.reversed();
    }

    List<QueuedComment> page(String rule, int limit) {
        return queue.page(new QueueQuery("en", Queue.HELD, rule, null, null, false, null, limit));
    }

    @Test
    void aPageOfFiftyHeldRepliesMakesAsManyStatementsAsAPageOfFive() {
        String rule = "cost_" + System.nanoTime();
        List<Long> held = heldReplies(rule);
        AtomicReference<List<QueuedComment>> five = new AtomicReference<>();
        AtomicReference<List<QueuedComment>> fifty = new AtomicReference<>();

        int forFive = statements.during(() -> five.set(page(rule, 5)));
        int forFifty = statements.during(() -> fifty.set(page(rule, 50)));

        assertThat(five.get()).extracting(QueuedComment::id).containsExactlyElementsOf(held.subList(0, 5));
        assertThat(fifty.get()).extracting(QueuedComment::id).containsExactlyElementsOf(held);
        assertThat(fifty.get()).allSatisfy(c -> {
            assertThat(c.authorName()).startsWith("Costly Author ");
            assertThat(c.articleTitle()).isNotEmpty();
            assertThat(c.articlePath()).startsWith("/en/");
            assertThat(c.context())
                    .extracting(QueuedComment.ContextComment::body)
                    .satisfiesExactly(
                            thread -> assertThat(thread).startsWith("The thread's first word "),
                            parent -> assertThat(parent).startsWith("A reply in between "));
            assertThat(c.context())
                    .allSatisfy(context -> assertThat(context.authorName()).isEqualTo(c.authorName()));
            assertThat(c.openReports()).containsExactly(new QueuedComment.ReportCount("trolling", 1, 1.5));
        });
        assertThat(forFive).isPositive();
        assertThat(forFifty).as("statements for a page of fifty").isEqualTo(forFive);
    }

    @Test
    void theModeratorsWholePageOfFiftyMakesAFewStatements() {
        String rule = "whole_" + System.nanoTime();
        heldReplies(rule);
        AccountId moderator = moderator("Costly Moderator", "en");
        AtomicReference<QueuePage> shown = new AtomicReference<>();

        int made = statements.during(() ->
                shown.set(console.page(moderator, "en", Queue.HELD, new QueueFilter(rule, null, null, false, null))));

        assertThat(shown.get().items()).hasSize(ModerationQueue.PAGE);
        // the page, its threads, reports, authors and articles, the moderator's role and the tabs' counts
        assertThat(made).as("statements for the moderator's page").isLessThanOrEqualTo(15);
    }

    /** In the Arabic edition, where the other tests leave at most one cluster held. */
    @Test
    void theClustersPageReadsTheMembersOfAllItsClustersInOneStatement() {
        AccountId moderator = moderator("Cluster Cost Moderator", "ar");
        List<Long> first = cluster("ar", reader("Cost Mob A1", "ar"), reader("Cost Mob A2", "ar"));
        AtomicReference<ClusterPage> one = new AtomicReference<>();
        int forOne = statements.during(() -> one.set(console.clusters(moderator, "ar", null)));
        List<Long> second = cluster("ar", reader("Cost Mob B1", "ar"), reader("Cost Mob B2", "ar"));
        List<Long> third = cluster("ar", reader("Cost Mob C1", "ar"), reader("Cost Mob C2", "ar"));
        AtomicReference<ClusterPage> three = new AtomicReference<>();

        int forThree = statements.during(() -> three.set(console.clusters(moderator, "ar", null)));

        assertThat(one.get().clusters())
                .first()
                .satisfies(c -> assertThat(c.key()).isEqualTo(first.getFirst()));
        assertThat(three.get().clusters())
                .extracting(Cluster::key)
                .startsWith(third.getFirst(), second.getFirst(), first.getFirst());
        assertThat(three.get().clusters().subList(0, 3))
                .allSatisfy(c -> assertThat(c.members()).hasSize(2))
                .extracting(c -> c.members().getFirst().comment().id())
                .containsExactly(third.getLast(), second.getLast(), first.getLast());
        assertThat(forOne).isPositive();
        assertThat(forThree).as("statements for a page of three clusters").isEqualTo(forOne);
    }
}
