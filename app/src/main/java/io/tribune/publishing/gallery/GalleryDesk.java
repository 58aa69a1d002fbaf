package io.tribune.publishing.gallery;

import io.tribune.media.ImageRef;
import io.tribune.media.ImageUpload;
import io.tribune.media.ImageUploads;
import io.tribune.media.Images;
import io.tribune.system.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The editors' gallery desk: start a gallery, add pictures, put them in order, caption and credit
 * them, publish and withdraw it. Who may (editors of the edition and administrators) is declared for the
 * desk's pages in the security chain. Every action reads in the same order — validate, load, check that the editor's
 * page was not outdated by another editor's change, change — and changes nothing when refused.
 */
@Service
@Transactional
public class GalleryDesk {

    private static final int LISTED = 200;

    private final GalleryRepository galleries;
    private final Images images;
    private final ImageUploads uploads;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GalleryDesk(
            GalleryRepository galleries,
            Images images,
            ImageUploads uploads,
            TransactionTemplate transaction,
            Clock clock) {
        this.galleries = galleries;
        this.images = images;
        this.uploads = uploads;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The edition's galleries, drafts included, most recently changed first. */
    @Transactional(readOnly = true)
    public List<GalleryDraft> all(String edition) {
        List<Gallery> found = galleries.allOf(edition, PageRequest.of(0, LISTED));
        Map<Long, ImageRef> pictures = images.findAll(Galleries.imageIds(found));
        return found.stream().map(g -> draft(g, pictures)).toList();
    }

    @Transactional(readOnly = true)
    public GalleryDraft draft(String edition, long id) {
        Gallery gallery = load(edition, id);
        return draft(gallery, images.findAll(Galleries.imageIds(List.of(gallery))));
    }

    /** Starts an unpublished gallery; without a slug one is made of the title. */
    public DeskAnswer create(String edition, String title, String slug) {
        Map<String, String> problems = new LinkedHashMap<>();
        note(problems, "title", GalleryText.problem(title, GalleryText.MAX_TITLE, true));
        String wanted = GalleryText.stripped(slug);
        if (!wanted.isEmpty()) {
            note(problems, "slug", GalleryText.problemOfSlug(wanted));
        }
        if (problems.isEmpty() && !wanted.isEmpty() && galleries.existsByEditionAndSlug(edition, wanted)) {
            problems.put("slug", "gallery.error.slugTaken");
        }
        if (!problems.isEmpty()) {
            return DeskAnswer.refused(0, problems);
        }
        String chosen = wanted.isEmpty() ? freeSlug(edition, GalleryText.slugOf(title)) : wanted;
        Gallery gallery = galleries.save(new Gallery(edition, chosen, title.strip(), clock.instant()));
        return DeskAnswer.done(gallery.id());
    }

    /** Saves the title, the slug and every picture's caption and credit at once, as the editor's page posts them. */
    public DeskAnswer save(
            String edition,
            long id,
            String version,
            String title,
            String slug,
            List<String> captions,
            List<String> credits) {
        Map<String, String> problems = new LinkedHashMap<>();
        note(problems, "title", GalleryText.problem(title, GalleryText.MAX_TITLE, true));
        String wanted = GalleryText.stripped(slug);
        note(problems, "slug", wanted.isEmpty() ? "gallery.error.required" : GalleryText.problemOfSlug(wanted));
        for (int i = 0; i < captions.size(); i++) {
            note(problems, "caption" + i, GalleryText.problem(captions.get(i), GalleryText.MAX_CAPTION, true));
        }
        for (int i = 0; i < credits.size(); i++) {
            note(problems, "credit" + i, GalleryText.problem(credits.get(i), GalleryText.MAX_CREDIT, true));
        }
        Gallery gallery = load(edition, id);
        if (isOutdated(gallery, version)) {
            return stale(gallery);
        }
        if (captions.size() != gallery.pictures().size()
                || credits.size() != gallery.pictures().size()) {
            problems.putIfAbsent("form", "gallery.error.pictures");
        }
        if (problems.isEmpty() && !wanted.equals(gallery.slug()) && galleries.existsByEditionAndSlug(edition, wanted)) {
            problems.put("slug", "gallery.error.slugTaken");
        }
        if (!problems.isEmpty()) {
            return DeskAnswer.refused(id, problems);
        }
        Instant now = clock.instant();
        gallery.rename(title.strip(), wanted, now);
        List<GalleryPicture> described = new ArrayList<>();
        for (int i = 0; i < captions.size(); i++) {
            described.add(new GalleryPicture(
                    gallery.pictures().get(i).imageId(),
                    captions.get(i).strip(),
                    credits.get(i).strip()));
        }
        gallery.describe(described, now);
        return DeskAnswer.done(id);
    }

    /**
     * Adds an uploaded picture at the end. The caption, the credit and the gallery are checked before the
     * picture is decoded and stored, so a refused form leaves nothing behind; no transaction is held while
     * the picture is decoded. A picture the image library refuses is the form's {@code file} problem.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DeskAnswer add(String edition, long id, String version, String caption, String credit, byte[] upload) {
        return add(edition, id, version, caption, credit, () -> uploads.accept(upload, caption, credit));
    }

    /** As {@link #add(String, long, String, String, String, byte[])}, with the picture already in hand. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DeskAnswer add(
            String edition, long id, String version, String caption, String credit, Supplier<ImageUpload> upload) {
        Map<String, String> problems = new LinkedHashMap<>();
        note(problems, "caption", GalleryText.problem(caption, GalleryText.MAX_CAPTION, true));
        note(problems, "credit", GalleryText.problem(credit, GalleryText.MAX_CREDIT, true));
        DeskAnswer checked = transaction.execute(status -> {
            Gallery gallery = load(edition, id);
            if (isOutdated(gallery, version)) {
                return stale(gallery);
            }
            if (gallery.pictures().size() >= Gallery.MAX_PICTURES) {
                problems.put("file", "gallery.error.full");
            }
            return problems.isEmpty() ? null : DeskAnswer.refused(id, problems);
        });
        if (checked != null) {
            return checked;
        }
        ImageUpload stored = upload.get();
        if (stored instanceof ImageUpload.Refused refused) {
            return DeskAnswer.refused(
                    id,
                    Map.of("file", "gallery.error.upload." + refused.reason().name()));
        }
        ImageRef image = ((ImageUpload.Stored) stored).image();
        return transaction.execute(status -> {
            Gallery gallery = load(edition, id);
            if (isOutdated(gallery, version)) {
                return stale(gallery);
            }
            gallery.add(new GalleryPicture(image.id(), caption.strip(), credit.strip()), clock.instant());
            galleries.save(gallery);
            return DeskAnswer.done(id);
        });
    }

    /** Moves the picture at {@code position} (from 0) one place earlier or later. */
    public DeskAnswer move(String edition, long id, String version, int position, boolean isEarlier) {
        return change(edition, id, version, gallery -> {
            checkPosition(gallery, position);
            gallery.move(position, isEarlier, clock.instant());
            return null;
        });
    }

    public DeskAnswer remove(String edition, long id, String version, int position) {
        return change(edition, id, version, gallery -> {
            checkPosition(gallery, position);
            gallery.remove(position, clock.instant());
            return null;
        });
    }

    /** Publishes the gallery now; a gallery without pictures is not published. */
    public DeskAnswer publish(String edition, long id, String version) {
        return change(edition, id, version, gallery -> {
            if (gallery.pictures().isEmpty()) {
                return Map.of("form", "gallery.error.empty");
            }
            gallery.publish(clock.instant());
            return null;
        });
    }

    /** Takes the gallery off Multimedia; it stays a draft. */
    public DeskAnswer unpublish(String edition, long id, String version) {
        return change(edition, id, version, gallery -> {
            gallery.unpublish(clock.instant());
            return null;
        });
    }

    /**
     * The steps every change without form fields shares: authorise, load, refuse an outdated page, then
     * the change itself, which answers the problems that stop it (null when it was made).
     */
    private DeskAnswer change(String edition, long id, String version, Function<Gallery, Map<String, String>> change) {
        Gallery gallery = load(edition, id);
        if (isOutdated(gallery, version)) {
            return stale(gallery);
        }
        Map<String, String> problems = change.apply(gallery);
        return problems == null ? DeskAnswer.done(id) : DeskAnswer.refused(id, problems);
    }

    private Gallery load(String edition, long id) {
        return galleries.findByIdAndEdition(id, edition).orElseThrow(NotFound::new);
    }

    private static void checkPosition(Gallery gallery, int position) {
        if (position < 0 || position >= gallery.pictures().size()) {
            throw new NotFound();
        }
    }

    /** The version the editor's page was drawn at, as posted; anything but the current one is outdated. */
    private static boolean isOutdated(Gallery gallery, String version) {
        return version == null || !version.equals(Long.toString(gallery.version()));
    }

    private static DeskAnswer stale(Gallery gallery) {
        return DeskAnswer.refused(gallery.id(), Map.of(DeskAnswer.STALE, "gallery.error.stale"));
    }

    private String freeSlug(String edition, String base) {
        String stem = base.isEmpty() ? "gallery" : base;
        String slug = stem;
        for (int n = 2; galleries.existsByEditionAndSlug(edition, slug); n++) {
            slug = stem + "-" + n;
        }
        return slug;
    }

    private static void note(Map<String, String> problems, String field, String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    static GalleryDraft draft(Gallery gallery, Map<Long, ImageRef> images) {
        return new GalleryDraft(
                gallery.id(),
                gallery.edition(),
                gallery.slug(),
                gallery.title(),
                gallery.publishedAt(),
                gallery.modifiedAt(),
                gallery.version(),
                Galleries.pictures(gallery, images));
    }
}
