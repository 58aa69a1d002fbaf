package io.tribune.discussion;

import io.tribune.system.NotFound;

/** Finds the comment an action names, under the article and edition its address names, or answers 404. */
final class OwnComments {

    private OwnComments() {}

    static StoredComment find(CommentRepository comments, CommentChange change) {
        return comments.find(change.commentId())
                .filter(c -> c.articleId() == change.articleId() && c.edition().equals(change.edition()))
                .orElseThrow(NotFound::new);
    }
}
