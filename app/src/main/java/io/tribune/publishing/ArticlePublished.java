package io.tribune.publishing;

/** An article was published in an edition: readers can find it from now on. */
public record ArticlePublished(long article, String edition) {}
