package io.tribune.publishing;

import io.tribune.media.ImageRef;
import java.time.Instant;

/** An article as lists show it: headline, lead, section, time, picture and counts. */
public record ArticleCard(
        long id,
        String edition,
        SectionRef section,
        String slug,
        String title,
        String lead,
        Instant publishedAt,
        ImageRef image,
        long viewCount,
        int commentCount,
        boolean isBreaking) {

    public String path() {
        return PublishingPaths.article(edition, section.slug(), slug);
    }

    public boolean hasImage() {
        return image != null;
    }
}
