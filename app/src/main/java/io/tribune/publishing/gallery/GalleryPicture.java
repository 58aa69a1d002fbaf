package io.tribune.publishing.gallery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One picture of a gallery: an image of the library, with the caption and credit the gallery gives it. */
@Embeddable
record GalleryPicture(
        @Column(name = "image_id") long imageId,
        @Column(name = "caption") String caption,
        @Column(name = "credit") String credit) {}
