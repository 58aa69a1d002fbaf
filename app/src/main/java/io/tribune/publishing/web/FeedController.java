package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.media.ImageRef;
import io.tribune.media.MediaFiles;
import io.tribune.publishing.ArticleCard;
import io.tribune.publishing.Articles;
import io.tribune.publishing.Listing;
import io.tribune.publishing.PublishingPaths;
import io.tribune.publishing.SectionRef;
import io.tribune.publishing.TagRef;
import io.tribune.system.NotFound;
import io.tribune.system.Site;
import io.tribune.system.Texts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * RSS 2.0 feeds of an edition, a section and a tag. Item ids are stable ({@code tribune:article:<id>})
 * so readers never see an article twice.
 */
@Controller
class FeedController {

    private static final int ITEMS = 30;
    private static final int ENCLOSURE_WIDTH = 960;
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final Frames frames;
    private final Articles articles;
    private final Texts texts;
    private final Site site;
    private final MediaFiles files;

    FeedController(Frames frames, Articles articles, Texts texts, Site site, MediaFiles files) {
        this.frames = frames;
        this.articles = articles;
        this.texts = texts;
        this.site = site;
        this.files = files;
    }

    @GetMapping(PublishingPaths.FEED)
    ResponseEntity<String> edition(@PathVariable Edition edition) {
        return feed(edition, edition.siteName(), edition.home(), articles.latest(edition.code(), null, null, 1, ITEMS));
    }

    @GetMapping(PublishingPaths.SECTION_FEED)
    ResponseEntity<String> section(@PathVariable Edition edition, @PathVariable String section) {
        SectionRef found = articles.section(edition.code(), section).orElseThrow(NotFound::new);
        Listing latest = articles.latest(edition.code(), found.slug(), null, 1, ITEMS);
        return feed(edition, found.name() + " — " + edition.siteName(), found.path(), latest);
    }

    @GetMapping(PublishingPaths.TAG_FEED)
    ResponseEntity<String> tag(@PathVariable Edition edition, @PathVariable String tag) {
        TagRef found = articles.tag(edition.code(), tag).orElseThrow(NotFound::new);
        Listing latest = articles.latest(edition.code(), null, found.slug(), 1, ITEMS);
        return feed(edition, found.name() + " — " + edition.siteName(), found.path(), latest);
    }

    /** The feed of the list at {@code pagePath}, at that list's feed address. */
    private ResponseEntity<String> feed(Edition edition, String title, String pagePath, Listing latest) {
        List<ArticleCard> items = latest.articles();
        String selfPath = PublishingPaths.feedOf(pagePath);
        StringBuilder xml = new StringBuilder(16_384);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n")
                .append("<title>")
                .append(Xml.escape(title))
                .append("</title>\n")
                .append("<link>")
                .append(Xml.escape(site.absolute(pagePath)))
                .append("</link>\n")
                .append("<atom:link href=\"")
                .append(Xml.escape(site.absolute(selfPath)))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n")
                .append("<description>")
                .append(Xml.escape(texts.of(edition).get("site.description")))
                .append("</description>\n")
                .append("<language>")
                .append(edition.languageTag())
                .append("</language>\n");
        if (!items.isEmpty()) {
            xml.append("<lastBuildDate>")
                    .append(rfc822(items.getFirst().publishedAt()))
                    .append("</lastBuildDate>\n");
        }
        for (ArticleCard item : items) {
            xml.append("<item>\n")
                    .append("<title>")
                    .append(Xml.escape(item.title()))
                    .append("</title>\n")
                    .append("<link>")
                    .append(Xml.escape(site.absolute(item.path())))
                    .append("</link>\n")
                    .append("<description>")
                    .append(Xml.escape(item.lead()))
                    .append("</description>\n")
                    .append("<category>")
                    .append(Xml.escape(item.section().name()))
                    .append("</category>\n")
                    .append("<pubDate>")
                    .append(rfc822(item.publishedAt()))
                    .append("</pubDate>\n")
                    .append("<guid isPermaLink=\"false\">tribune:article:")
                    .append(item.id())
                    .append("</guid>\n");
            if (item.image() != null) {
                enclosure(xml, item.image());
            }
            xml.append("</item>\n");
        }
        xml.append("</channel>\n</rss>\n");
        return ResponseEntity.ok().contentType(RSS).cacheControl(Caching.FEEDS).body(xml.toString());
    }

    /** RSS 2.0 requires the length in bytes; a picture without a rendition gets no enclosure. */
    private void enclosure(StringBuilder xml, ImageRef image) {
        files.length(image.id(), ENCLOSURE_WIDTH)
                .ifPresent(length -> xml.append("<enclosure url=\"")
                        .append(Xml.escape(site.absolute(image.src(ENCLOSURE_WIDTH))))
                        .append("\" type=\"image/jpeg\" length=\"")
                        .append(length)
                        .append("\"/>\n"));
    }

    private static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
