package io.tribune.discussion;

import io.tribune.publishing.Articles;
import java.util.Collection;
import java.util.List;
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
        recount(List.of(changed));
    }

    /** Each thread and article of the changed comments once, however many of them changed together. */
    void recount(Collection<StoredComment> changed) {
        changed.stream().map(StoredComment::threadId).distinct().forEach(comments::recountReplies);
        changed.stream()
                .map(StoredComment::articleId)
                .distinct()
                .forEach(article -> articles.countComments(article, comments.countPublished(article)));
    }
}
