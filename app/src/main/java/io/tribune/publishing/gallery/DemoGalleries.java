package io.tribune.publishing.gallery;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.media.Illustration;
import io.tribune.media.Images;
import io.tribune.publishing.PublishingSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the demo galleries on the first start of a site without any, one file per edition
 * ({@code galleries/<edition>.json} beside the demo articles), with pictures drawn by the media module.
 * Publication times are relative to that first start, never in the future.
 */
@Component
@ConditionalOnProperty(name = "tribune.demo.enabled", havingValue = "true")
class DemoGalleries implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGalleries.class);

    private final Editions editions;
    private final GalleryRepository galleries;
    private final Images images;
    private final ResourceLoader resources;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String location;

    DemoGalleries(
            Editions editions,
            GalleryRepository galleries,
            Images images,
            ResourceLoader resources,
            JsonMapper json,
            TransactionTemplate transaction,
            Clock clock,
            PublishingSettings settings) {
        this.editions = editions;
        this.galleries = galleries;
        this.images = images;
        this.resources = resources;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
        this.location = settings.demoContent().location() + "galleries/";
    }

    record GalleryFile(List<GalleryEntry> galleries) {}

    record GalleryEntry(String slug, String title, Integer daysAgo, String time, List<PictureEntry> pictures) {}

    record PictureEntry(String scene, String palette, String caption, String credit) {}

    @Override
    public void run(ApplicationArguments args) {
        if (galleries.count() > 0) {
            return;
        }
        for (Edition edition : editions.all()) {
            Resource file = resources.getResource(location + edition.code() + ".json");
            if (file.exists()) {
                int count = transaction.execute(status -> load(edition, read(file)));
                log.info("Demo content: {} galleries created in edition {}", count, edition.code());
            }
        }
    }

    private GalleryFile read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, GalleryFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
