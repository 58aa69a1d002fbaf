package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.publishing.Articles;
import io.tribune.publishing.PublishingPaths;
import io.tribune.publishing.SitemapEntry;
import io.tribune.system.Site;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code sitemap.xml} (see {@link Sitemap}), the Google News sitemap and robots.txt. */
@Controller
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Sitemap sitemap;
    private final Editions editions;
    private final Articles articles;
    private final Site site;

    SitemapController(Sitemap sitemap, Editions editions, Articles articles, Site site) {
        this.sitemap = sitemap;
        this.editions = editions;
        this.articles = articles;
        this.site = site;
    }

    @GetMapping(PublishingPaths.SITEMAP)
    ResponseEntity<byte[]> sitemap() {
        return ResponseEntity.ok().contentType(XML).cacheControl(Caching.FEEDS).body(sitemap.xml());
    }

    @GetMapping(PublishingPaths.NEWS_SITEMAP)
    ResponseEntity<String> newsSitemap() {
        Instant since = Instant.now().minus(Duration.ofDays(2));
        StringBuilder xml = new StringBuilder(16_384);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        List<SitemapEntry> recent = articles.sitemapEntries(1_000).stream()
                .filter(a -> a.publishedAt().isAfter(since))
                .toList();
        for (SitemapEntry article : recent) {
            Edition edition = editions.find(article.edition()).orElseThrow();
            xml.append("<url><loc>")
                    .append(Xml.escape(site.absolute(article.path())))
                    .append("</loc>")
                    .append("<news:news><news:publication><news:name>")
                    .append(Xml.escape(edition.siteName()))
                    .append("</news:name><news:language>")
                    .append(edition.languageTag())
                    .append("</news:language></news:publication>")
                    .append("<news:publication_date>")
                    .append(article.publishedAt())
                    .append("</news:publication_date><news:title>")
                    .append(Xml.escape(article.title()))
                    .append("</news:title></news:news></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).cacheControl(Caching.FEEDS).body(xml.toString());
    }

    @GetMapping(PublishingPaths.ROBOTS)
    ResponseEntity<String> robots() {
        String body = "User-agent: *\nDisallow: /api/\nSitemap: " + site.absolute(PublishingPaths.SITEMAP)
                + "\nSitemap: " + site.absolute(PublishingPaths.NEWS_SITEMAP) + "\n";
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .cacheControl(Caching.FEEDS)
                .body(body);
    }
}
