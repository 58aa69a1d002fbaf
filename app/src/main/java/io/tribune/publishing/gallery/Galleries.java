package io.tribune.publishing.gallery;

import io.tribune.media.ImageRef;
import io.tribune.media.Images;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What readers see of galleries: an edition's published ones, in the shapes Multimedia needs. */
@Service
@Transactional(readOnly = true)
public class Galleries {

    /** The largest page number Multimedia accepts; beyond it nothing is ever found. */
    public static final int MAX_PAGE = 10_000;

    private final GalleryRepository galleries;
    private final Images images;
    private final Clock clock;

    Galleries(GalleryRepository galleries, Images images, Clock clock) {
        this.galleries = galleries;
        this.images = images;
        this.clock = clock;
    }

    /** A page of the edition's published galleries, newest first; pages count from 1. */
    public Multimedia multimedia(String edition, int page, int size) {
        Page<Gallery> found = galleries.published(
                edition, clock.instant(), PageRequest.of(Math.max(0, Math.min(page, MAX_PAGE) - 1), size));
        return new Multimedia(
                cards(found.getContent()), page, Math.max(1, found.getTotalPages()), found.getTotalElements());
    }

    /** The newest published galleries of the edition, for the front page. */
    public List<GalleryCard> latest(String edition, int count) {
        return cards(galleries
                .published(edition, clock.instant(), PageRequest.of(0, count))
                .getContent());
    }

    public Optional<GalleryView> gallery(String edition, String slug) {
        return galleries.published(edition, slug, clock.instant()).map(gallery -> {
            Map<Long, ImageRef> found = images.findAll(imageIds(List.of(gallery)));
            List<ImageRef> pictures = pictures(gallery, found);
            return new GalleryView(card(gallery, pictures), gallery.modifiedAt(), pictures);
        });
    }

    private List<GalleryCard> cards(List<Gallery> list) {
        Map<Long, ImageRef> found = images.findAll(imageIds(list));
        return list.stream().map(g -> card(g, pictures(g, found))).toList();
    }

    private static GalleryCard card(Gallery gallery, List<ImageRef> pictures) {
        return new GalleryCard(
                gallery.id(),
                gallery.edition(),
                gallery.slug(),
                gallery.title(),
                gallery.publishedAt(),
                pictures.isEmpty() ? null : pictures.getFirst(),
                pictures.size());
    }

    static Collection<Long> imageIds(List<Gallery> list) {
        return list.stream()
                .flatMap(g -> g.pictures().stream())
                .map(GalleryPicture::imageId)
                .distinct()
                .toList();
    }

    /** The gallery's pictures with its own captions and credits; an image no longer in the library is left out. */
    static List<ImageRef> pictures(Gallery gallery, Map<Long, ImageRef> images) {
        return gallery.pictures().stream()
                .filter(p -> images.containsKey(p.imageId()))
                .map(p -> {
                    ImageRef image = images.get(p.imageId());
                    return new ImageRef(
                            image.id(), image.width(), image.height(), p.caption(), p.credit(), image.digest());
                })
                .toList();
    }
}
