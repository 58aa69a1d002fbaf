package io.tribune.discussion;

import java.time.Instant;

/**
 * A comment as its row holds it, before names are looked up for display.
 *
 * @param isScreened whether its decision is recorded (a comment is stored held before it is screened)
 */
record StoredComment(
        long id,
        long articleId,
        String edition,
        long authorId,
        Long parentId,
        long threadId,
        String body,
        CommentStatus status,
        boolean isScreened,
        String rule,
        String notice,
        int replyCount,
        Instant createdAt,
        Instant editedAt) {

    boolean isReply() {
        return parentId != null;
    }
}
