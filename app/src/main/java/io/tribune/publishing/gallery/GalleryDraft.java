package io.tribune.publishing.gallery;

import io.tribune.media.ImageRef;
import java.time.Instant;
import java.util.List;

/**
 * A gallery as its editors see it, published or not.
 *
 * @param version the version the editor's next change must name: a change made on an outdated page is
 *     refused
 * @param pictures in order, each with the gallery's caption and credit
 */
public record GalleryDraft(
        long id,
        String edition,
        String slug,
        String title,
        Instant publishedAt,
        Instant modifiedAt,
        long version,
        List<ImageRef> pictures) {

    public boolean isPublished() {
        return publishedAt != null;
    }

    public String path() {
        return GalleryPaths.gallery(edition, slug);
    }

    public String deskPath() {
        return GalleryPaths.desk(edition, id);
    }
}
