package io.tribune.discussion;

import java.time.Instant;

/**
 * A comment as a reader sees it.
 *
 * @param authorName the commenter's display name, or null when the account is gone
 * @param inReplyTo the name of the commenter a deeper reply answers (shown flattened), or null
 * @param isOwn whether the reader looking is its author (they also see it while it is held)
 */
public record CommentView(
        long id,
        String authorName,
        String body,
        CommentStatus status,
        Instant createdAt,
        boolean isEdited,
        String inReplyTo,
        boolean isOwn,
        int replyCount) {

    public boolean isAuthorGone() {
        return authorName == null;
    }

    public boolean isPending() {
        return status == CommentStatus.HELD;
    }
}
