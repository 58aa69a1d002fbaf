package io.tribune.publishing.gallery;

import io.tribune.editions.Edition;
import io.tribune.media.Illustration;
import io.tribune.media.Images;
import io.tribune.publishing.DemoFiles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates the demo galleries on the first start of a site without any, one file per edition
 * ({@code galleries/<edition>.json} beside the demo articles), with pictures drawn by the media module.
 * Publication times are relative to that first start, never in the future.
 */
@Component
@ConditionalOnProperty(name = "tribune.demo.enabled", havingValue = "true")
class DemoGalleries implements SmartInitializingSingleton {

    private final DemoFiles files;
    private final GalleryRepository galleries;
    private final Images images;
    private final Clock clock;

    DemoGalleries(DemoFiles files, GalleryRepository galleries, Images images, Clock clock) {
        this.files = files;
        this.galleries = galleries;
        this.images = images;
        this.clock = clock;
    }

    record GalleryFile(List<GalleryEntry> galleries) {}

    record GalleryEntry(String slug, String title, Integer daysAgo, String time, List<PictureEntry> pictures) {}

    record PictureEntry(String scene, String palette, String caption, String credit) {}

    // once every bean is made, before the web server starts: an application runner would run after it
    // answers, and the first readers of a new site would meet missing pages
    @Override
    public void afterSingletonsInstantiated() {
        if (galleries.count() == 0) {
            files.loadEach("galleries/", GalleryFile.class, "galleries", this::load);
        }
    }

    private int load(Edition edition, GalleryFile file) {
        Instant now = clock.instant();
        for (GalleryEntry entry : file.galleries()) {
            Gallery gallery = new Gallery(edition.code(), entry.slug(), entry.title(), now);
            for (PictureEntry picture : entry.pictures()) {
                Illustration drawn = Illustration.of(
                        picture.scene(), picture.palette(), (entry.slug() + " " + picture.caption()).hashCode());
                long image = images.illustrate(drawn, picture.caption(), picture.credit())
                        .id();
                gallery.add(new GalleryPicture(image, picture.caption(), picture.credit()), now);
            }
            gallery.publish(publishedAt(edition, entry, now));
            galleries.save(gallery);
        }
        return file.galleries().size();
    }

    private static Instant publishedAt(Edition edition, GalleryEntry entry, Instant now) {
        LocalTime time = entry.time() == null ? LocalTime.NOON : LocalTime.parse(entry.time());
        Instant at = edition.day(now)
                .minusDays(entry.daysAgo() == null ? 0 : entry.daysAgo())
                .atTime(time)
                .atZone(edition.timeZone())
                .toInstant();
        return at.isAfter(now) ? now.minusSeconds(3_600) : at;
    }
}
