package io.tribune.publishing;

/** An article was taken off the edition (unpublished or deleted): readers can no longer find it. */
public record ArticleWithdrawn(long article, String edition) {}
