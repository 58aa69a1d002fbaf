package io.tribune.discussion;

/** A moderator approved or rejected a comment: its status went from {@code before} to {@code after}. */
public record CommentModerated(
        long commentId,
        long articleId,
        String edition,
        long authorId,
        CommentStatus before,
        CommentStatus after,
        long moderatorId,
        String rule) {}
