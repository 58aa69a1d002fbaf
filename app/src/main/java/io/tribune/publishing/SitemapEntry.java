package io.tribune.publishing;

import java.time.Instant;

/**
 * An article as sitemaps list it: where it lives, its headline and times, and the story it belongs to
 * — nothing of its body, so tens of thousands of them are cheap to load.
 *
 * @param storyKey shared with the same story in other editions, or null
 */
public record SitemapEntry(
        String edition,
        String section,
        String slug,
        String title,
        String storyKey,
        Instant publishedAt,
        Instant modifiedAt) {

    public String path() {
        return PublishingPaths.article(edition, section, slug);
    }
}
