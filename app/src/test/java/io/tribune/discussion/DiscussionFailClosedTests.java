package io.tribune.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A screening that fails never lets a comment through: it is held, and only its author sees it, as pending. */
@SpringBootTest(
        properties =
                "spring.datasource.url=jdbc:h2:mem:discussion-fail-closed;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class DiscussionFailClosedTests {

    @TestConfiguration
    static class BrokenScreening {

        @Bean
        @Primary
        CommentScreening failingScreening() {
            return submission -> {
                throw new IllegalStateException("the screening is down");
            };
        }
    }

    @Autowired
    PostComment postComment;

    @Autowired
    Comments comments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyPolicy policy;

    @Test
    void aCommentWhoseScreeningFailsIsHeldAndSeenOnlyByItsAuthor() {
        Commenters commenters = new Commenters(jdbc, policy);
        AccountId author = commenters.confirmed("Grace Holloway");
        long article = commenters.article("en");

        Posting.Posted posted = (Posting.Posted) postComment.post(new NewComment(
                author,
                "en",
                article,
                null,
                "A calm and useful summary.",
                UUID.randomUUID().toString(),
                "198.51.100.7"));

        assertThat(posted.status()).isEqualTo(CommentStatus.HELD);
        assertThat(comments.discussion("en", article, Optional.empty(), CommentOrder.NEWEST, null)
                        .orElseThrow()
                        .threads())
                .isEmpty();
        assertThat(comments.discussion("en", article, Optional.of(author), CommentOrder.NEWEST, null)
                        .orElseThrow()
                        .threads())
                .singleElement()
                .satisfies(thread -> assertThat(thread.comment().isPending()).isTrue());
        assertThat(jdbc.sql("select decision from comment where id = ?")
                        .param(posted.commentId())
                        .query(String.class)
                        .single())
                .contains("failure:screening");
    }
}
