package io.tribune.discussion;

/** A comment was posted and screened; {@code status} says whether readers see it. */
public record CommentPosted(long commentId, long articleId, String edition, long authorId, CommentStatus status) {}
