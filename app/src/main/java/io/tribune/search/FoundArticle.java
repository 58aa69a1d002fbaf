package io.tribune.search;

import java.time.Instant;

/** An article as the index holds it for showing in a list: enough for a headline link. */
public record FoundArticle(
        long id, String title, String path, String sectionSlug, String sectionName, Instant publishedAt) {}
