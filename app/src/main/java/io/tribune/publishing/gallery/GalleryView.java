package io.tribune.publishing.gallery;

import io.tribune.media.ImageRef;
import java.time.Instant;
import java.util.List;

/**
 * A published gallery as its viewer shows it.
 *
 * @param pictures in the gallery's order, each with the gallery's caption and credit
 */
public record GalleryView(GalleryCard card, Instant modifiedAt, List<ImageRef> pictures) {

    public String title() {
        return card.title();
    }
}
