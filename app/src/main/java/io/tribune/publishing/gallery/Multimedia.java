package io.tribune.publishing.gallery;

import java.util.List;

/** A page of an edition's published galleries, newest first; pages count from 1. */
public record Multimedia(List<GalleryCard> galleries, int page, int pages, long total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
