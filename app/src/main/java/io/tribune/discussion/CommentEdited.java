package io.tribune.discussion;

/** A comment's author changed its text; it was screened again and {@code status} says whether readers see it. */
public record CommentEdited(long commentId, long articleId, String edition, long authorId, CommentStatus status) {}
