package io.tribune.publishing;

import io.tribune.editions.Edition;
import io.tribune.media.Illustration;
import io.tribune.media.Images;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the demo articles on the first start of an empty site, one file per edition. Publication
 * times are relative to the day of that first start, so the site looks current.
 */
@Component
@ConditionalOnProperty(name = "tribune.demo.enabled", havingValue = "true")
class DemoContent implements SmartInitializingSingleton {

    private final DemoFiles files;
    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final Images images;
    private final ShortCodes shortCodes;
    private final JsonMapper json;
    private final Clock clock;

    DemoContent(
            DemoFiles files,
            ArticleRepository articles,
            SectionRepository sections,
            TagRepository tags,
            Images images,
            ShortCodes shortCodes,
            JsonMapper json,
            Clock clock) {
        this.files = files;
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.images = images;
        this.shortCodes = shortCodes;
        this.json = json;
        this.clock = clock;
    }

    /** One edition's demo file. */
    record EditionFile(String edition, List<SectionEntry> sections, List<TagEntry> tags, List<ArticleEntry> articles) {}

    record SectionEntry(String slug, String name) {}

    record TagEntry(String slug, String name) {}

    record ImageEntry(String scene, String palette, String caption, String credit) {}

    record ArticleEntry(
            String slug,
            String section,
            List<String> tags,
            Integer daysAgo,
            String time,
            String title,
            String lead,
            List<Object> body,
            ImageEntry image,
            List<String> related,
            String byline,
            String story,
            Boolean top,
            Boolean breaking) {}

    // once every bean is made, before the web server starts: an application runner would run after it
    // answers, and the first readers of a new site would meet missing pages
    @Override
    public void afterSingletonsInstantiated() {
        if (articles.count() == 0) {
            files.loadEach("", EditionFile.class, "articles", this::load);
        }
    }

    private int load(Edition edition, EditionFile file) {
        Map<String, Section> sectionsBySlug = new HashMap<>();
        int position = 0;
        for (SectionEntry entry : file.sections()) {
            sectionsBySlug.put(
                    entry.slug(), sections.save(new Section(edition.code(), entry.slug(), entry.name(), position++)));
        }
        Map<String, Tag> tagsBySlug = new HashMap<>();
        for (TagEntry entry : file.tags()) {
            tagsBySlug.put(entry.slug(), tags.save(new Tag(edition.code(), entry.slug(), entry.name())));
        }
        Map<String, Article> bySlug = new HashMap<>();
        Instant now = clock.instant();
        int index = 0;
        for (ArticleEntry entry : file.articles()) {
            Article article = new Article(
                    edition.code(),
                    sectionsBySlug.get(entry.section()),
                    entry.slug(),
                    shortCodes.next(),
                    entry.title(),
                    entry.lead(),
                    body(entry),
                    entry.byline() == null ? "" : entry.byline(),
                    image(entry),
                    entry.story(),
                    publishedAt(edition, entry, now, index++));
            article.feature(Boolean.TRUE.equals(entry.top()), Boolean.TRUE.equals(entry.breaking()));
            for (String tag : entry.tags()) {
                Tag found = tagsBySlug.get(tag);
                if (found != null) {
                    article.tag(found);
                }
            }
            bySlug.put(entry.slug(), articles.save(article));
        }
        for (ArticleEntry entry : file.articles()) {
            Article article = bySlug.get(entry.slug());
            for (String related : entry.related() == null ? List.<String>of() : entry.related()) {
                if (bySlug.containsKey(related)) {
                    article.relate(bySlug.get(related));
                }
            }
        }
        return bySlug.size();
    }

    private Long image(ArticleEntry entry) {
        return entry.image() == null
                ? null
                : illustrate(entry.image(), entry.slug().hashCode());
    }

    private long illustrate(ImageEntry image, long seed) {
        Illustration illustration = Illustration.of(image.scene(), image.palette(), seed);
        return images.illustrate(illustration, image.caption(), image.credit()).id();
    }

    private String body(ArticleEntry entry) {
        StringBuilder body = new StringBuilder();
        for (Object block : entry.body()) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(block(entry, block));
        }
        return body.toString();
    }

    /** A paragraph, {@code {"readMore": slug}} or {@code {"picture": {scene, palette, caption, credit}}}. */
    private String block(ArticleEntry entry, Object block) {
        if (block instanceof Map<?, ?> map && map.get("readMore") != null) {
            return Body.readMore(String.valueOf(map.get("readMore")));
        }
        if (block instanceof Map<?, ?> map && map.get("picture") != null) {
            ImageEntry picture = json.convertValue(map.get("picture"), ImageEntry.class);
            return Body.picture(illustrate(picture, (entry.slug() + " " + picture.scene()).hashCode()));
        }
        return String.valueOf(block).strip();
    }

    /** The day of the first start minus {@code daysAgo}, at the given local time; never in the future. */
    private static Instant publishedAt(Edition edition, ArticleEntry entry, Instant now, int index) {
        LocalDate today = LocalDate.ofInstant(now, edition.timeZone());
        LocalTime time = entry.time() == null ? LocalTime.NOON : LocalTime.parse(entry.time());
        Instant at = today.minusDays(entry.daysAgo() == null ? 0 : entry.daysAgo())
                .atTime(time)
                .atZone(edition.timeZone())
                .toInstant();
        return at.isAfter(now) ? now.minus(Duration.ofMinutes(7L * (index + 1))) : at;
    }
}
