package io.tribune.discussion;

import java.time.Instant;

/**
 * A comment as a reader sees it.
 *
 * @param authorName the commenter's display name, or null when the account is gone
 * @param inReplyTo the name of the commenter a deeper reply answers (shown flattened), or null
 * @param isOwn whether the reader looking is its author (they also see it while it is held)
 * @param isEditable whether the reader looking may still edit it: their own, published, within the window
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
        boolean isEditable,
        int replyCount) {

    /**
     * The comment as one reader is shown it: a deleted one keeps neither its author's name nor its text.
     *
     * @param authorName the commenter's display name, or null when the account is gone
     */
    static CommentView of(
            StoredComment comment, String authorName, String inReplyTo, boolean isOwn, boolean isEditable) {
        boolean isDeleted = comment.status() == CommentStatus.DELETED;
        return new CommentView(
                comment.id(),
                isDeleted ? null : authorName,
                isDeleted ? "" : comment.body(),
                comment.status(),
                comment.createdAt(),
                comment.editedAt() != null,
                inReplyTo,
                isOwn && !isDeleted,
                isOwn && isEditable,
                comment.replyCount());
    }

    public boolean isAuthorGone() {
        return authorName == null;
    }

    /** A deleted first comment of a thread, shown as a placeholder above its replies. */
    public boolean isDeleted() {
        return status == CommentStatus.DELETED;
    }

    public boolean isPending() {
        return status == CommentStatus.HELD;
    }
}
