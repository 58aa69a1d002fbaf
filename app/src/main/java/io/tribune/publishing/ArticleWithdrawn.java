package io.tribune.publishing;

/** A published article was taken off the site: readers can no longer find it. */
public record ArticleWithdrawn(long article, String edition) {}
