package io.tribune.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.support.TribuneNode;
import io.tribune.support.TribuneNodes;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Tribunes on one PostgreSQL database, as two nodes behind a load balancer: a comment posted on
 * either reaches the readers connected to both, and so do its edit and its deletion. Skipped where PostgreSQL is not running (CI starts it).
 */
class DiscussionLiveNodesTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aCommentPostedEditedAndDeletedOnOneNodeReachesTheReadersOfEveryNode() throws Exception {
        try (TribuneNodes nodes = TribuneNodes.onFreshSchema()) {
            TribuneNode first = nodes.start();
            TribuneNode second = nodes.start();
            Commenters commenters = new Commenters(first.bean(JdbcClient.class), first.bean(PrivacyPolicy.class));
            long article = commenters.article("en");
            String live = "/en/discussion/" + article + "/live";
            AccountId author = commenters.confirmed("Rose Tyler");

            try (LiveStream onFirst = LiveStream.open(first.port(), live);
                    LiveStream onSecond = LiveStream.open(second.port(), live)) {
                long fromFirst = published(first, author, article, "Posted on the first node: the ferry runs again.");
                long fromSecond = published(second, author, article, "Posted on the second node: so does the bus.");

                assertThat(onSecond.awaitComment(fromFirst, PATIENCE)
                                .comment()
                                .get("html")
                                .asString())
                        .contains("Posted on the first node: the ferry runs again.")
                        .contains("Rose Tyler");
                assertThat(onFirst.awaitComment(fromSecond, PATIENCE)
                                .comment()
                                .get("html")
                                .asString())
                        .contains("Posted on the second node: so does the bus.");
                onFirst.awaitComment(fromFirst, PATIENCE);
                onSecond.awaitComment(fromSecond, PATIENCE);

                Posting.Posted edited = (Posting.Posted) first.bean(EditComment.class)
                        .edit(new CommentChange(
                                author,
                                "en",
                                article,
                                fromSecond,
                                "Edited on the first node: so does the night bus.",
                                Commenters.address()));
                assertThat(edited.status()).isEqualTo(CommentStatus.PUBLISHED);
                assertThat(onSecond.awaitChange(
                                        fromSecond,
                                        c -> c.get("html").stringValue("").contains("so does the night bus"),
                                        PATIENCE)
                                .comment()
                                .get("html")
                                .asString())
                        .contains("edited");

                first.bean(DeleteComment.class)
                        .delete(new CommentChange(author, "en", article, fromFirst, null, Commenters.address()));
                onSecond.awaitChange(fromFirst, c -> c.get("html").isNull(), PATIENCE);
                onFirst.awaitChange(fromFirst, c -> c.get("html").isNull(), PATIENCE);
            }
        }
    }

    private static long published(TribuneNode node, AccountId author, long article, String text) {
        Posting.Posted posted = (Posting.Posted) node.bean(PostComment.class)
                .post(new NewComment(
                        author, "en", article, null, text, UUID.randomUUID().toString(), Commenters.address()));
        assertThat(posted.status()).as(posted.notice()).isEqualTo(CommentStatus.PUBLISHED);
        return posted.commentId();
    }
}
