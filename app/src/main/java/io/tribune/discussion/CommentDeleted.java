package io.tribune.discussion;

/** A comment's author deleted it. */
public record CommentDeleted(long commentId, long articleId, String edition, long authorId) {}
