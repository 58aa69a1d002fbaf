package io.tribune.discussion;

/** Where a comment stands: shown to everyone, waiting for a moderator, or refused. */
public enum CommentStatus {
    PUBLISHED,
    HELD,
    REJECTED,
    /** Deleted by its author: gone from the discussion, kept for moderators. */
    DELETED;

    /** Whether every reader sees a comment in this status (else only its author does, or no one). */
    public boolean isVisibleToAll() {
        return this == PUBLISHED;
    }
}
