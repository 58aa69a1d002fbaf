package io.tribune.publishing.gallery;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A photo gallery of one edition: ordered pictures, a draft until it is published. */
@Entity
@Table(name = "gallery")
class Gallery {

    /** A gallery holds at most this many pictures: the viewer and the editor's page stay one page. */
    static final int MAX_PICTURES = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String edition;
    private String slug;
    private String title;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant modifiedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "gallery_picture", joinColumns = @JoinColumn(name = "gallery_id"))
    @OrderColumn(name = "position")
    private List<GalleryPicture> pictures = new ArrayList<>();

    protected Gallery() {}

    Gallery(String edition, String slug, String title, Instant now) {
        this.edition = edition;
        this.slug = slug;
        this.title = title;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    void rename(String title, String slug, Instant now) {
        this.title = title;
        this.slug = slug;
        this.modifiedAt = now;
    }

    void add(GalleryPicture picture, Instant now) {
        pictures.add(picture);
        modifiedAt = now;
    }

    /** Replaces the caption and credit of every picture, in order. */
    void describe(List<GalleryPicture> described, Instant now) {
        for (int i = 0; i < pictures.size() && i < described.size(); i++) {
            pictures.set(i, described.get(i));
        }
        modifiedAt = now;
    }

    /** Moves the picture at {@code from} one place towards the start or the end; at an end nothing moves. */
    void move(int from, boolean isTowardsStart, Instant now) {
        int to = isTowardsStart ? from - 1 : from + 1;
        if (from < 0 || from >= pictures.size() || to < 0 || to >= pictures.size()) {
            return;
        }
        Collections.swap(pictures, from, to);
        modifiedAt = now;
    }

    void remove(int position, Instant now) {
        if (position >= 0 && position < pictures.size()) {
            pictures.remove(position);
            modifiedAt = now;
        }
    }

    void publish(Instant now) {
        if (publishedAt == null) {
            publishedAt = now;
        }
        modifiedAt = now;
    }

    void unpublish(Instant now) {
        publishedAt = null;
        modifiedAt = now;
    }

    Long id() {
        return id;
    }

    String edition() {
        return edition;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    boolean isPublished() {
        return publishedAt != null;
    }

    Instant modifiedAt() {
        return modifiedAt;
    }

    long version() {
        return version;
    }

    List<GalleryPicture> pictures() {
        return Collections.unmodifiableList(pictures);
    }
}
