package io.tribune.publishing.gallery;

import io.tribune.media.ImageRef;
import java.time.Instant;

/**
 * A published gallery as lists show it.
 *
 * @param cover its first picture, or null for a gallery without pictures
 * @param size how many pictures it has
 */
public record GalleryCard(
        long id, String edition, String slug, String title, Instant publishedAt, ImageRef cover, int size) {

    public String path() {
        return GalleryPaths.gallery(edition, slug);
    }
}
