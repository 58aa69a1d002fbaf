package io.tribune.discussion;

import java.time.Instant;

/**
 * What became of a moderator's approval or rejection. {@code outcome} says whether it was done; a
 * comment decided meanwhile (by another moderator, or edited or deleted by its author) is left as it is.
 *
 * @param before the status the comment had; {@code after} the one it has now
 * @param createdAt when the comment was posted
 */
public record ModeratedComment(
        Outcome outcome,
        long commentId,
        long articleId,
        String edition,
        long authorId,
        CommentStatus before,
        CommentStatus after,
        Instant createdAt) {

    public enum Outcome {
        DONE,
        /** Its status was no longer the one the moderator saw: someone else decided first. */
        DECIDED_MEANWHILE,
        /** No such comment in the edition. */
        NOT_FOUND
    }

    public boolean isDone() {
        return outcome == Outcome.DONE;
    }
}
