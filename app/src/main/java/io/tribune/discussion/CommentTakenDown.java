package io.tribune.discussion;

/**
 * A published comment was taken down after all: a later comment showed it to be part of a flood or an
 * organised wave, and it is now {@code status} (held for a moderator or rejected) under {@code rule}.
 */
public record CommentTakenDown(
        long commentId, long articleId, String edition, long authorId, CommentStatus status, String rule) {}
