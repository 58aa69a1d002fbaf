package io.tribune.discussion;

import io.tribune.publishing.Articles;
import org.springframework.stereotype.Component;

/**
 * Keeps the counts readers see in step with the comments: published comments per article (shown in
 * every list) and published replies per thread (the most-replied order). Counted afresh after each
 * change, inside its transaction, so posts, edits, deletions and reports can never drift them apart.
 */
@Component
class Counts {

    private final CommentRepository comments;
    private final Articles articles;

    Counts(CommentRepository comments, Articles articles) {
        this.comments = comments;
        this.articles = articles;
    }

    void recount(StoredComment changed) {
        comments.recountReplies(changed.threadId());
        articles.countComments(changed.articleId(), comments.countPublished(changed.articleId()));
    }
}
