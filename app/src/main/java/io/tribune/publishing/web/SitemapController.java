package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.publishing.ArticleCard;
import io.tribune.publishing.Articles;
import io.tribune.publishing.SectionRef;
import io.tribune.system.Site;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code sitemap.xml} (every edition's pages and articles), the Google News sitemap and robots.txt. */
@Controller
class SitemapController {

    private static final int MAX_URLS = 45_000;
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Editions editions;
    private final Articles articles;
    private final Site site;

    SitemapController(Editions editions, Articles articles, Site site) {
        this.editions = editions;
        this.articles = articles;
        this.site = site;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder(65_536);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Edition edition : editions.all()) {
            url(xml, edition.home(), null);
            for (SectionRef section : articles.sections(edition.code())) {
                url(xml, section.path(), null);
            }
        }
        for (ArticleCard article : articles.newestEverywhere(MAX_URLS)) {
            xml.append("<url><loc>")
                    .append(Xml.escape(site.absolute(article.path())))
                    .append("</loc>")
                    .append("<lastmod>")
                    .append(iso(article.publishedAt()))
                    .append("</lastmod>");
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).cacheControl(Caching.FEEDS).body(xml.toString());
    }

    @GetMapping("/news-sitemap.xml")
    ResponseEntity<String> newsSitemap() {
        Instant since = Instant.now().minus(Duration.ofDays(2));
        StringBuilder xml = new StringBuilder(16_384);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        List<ArticleCard> recent = articles.newestEverywhere(1_000).stream()
                .filter(a -> a.publishedAt().isAfter(since))
                .toList();
        for (ArticleCard article : recent) {
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
                    .append(iso(article.publishedAt()))
                    .append("</news:publication_date><news:title>")
                    .append(Xml.escape(article.title()))
                    .append("</news:title></news:news></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).cacheControl(Caching.FEEDS).body(xml.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = "User-agent: *\nDisallow: /api/\nSitemap: " + site.absolute("/sitemap.xml") + "\nSitemap: "
                + site.absolute("/news-sitemap.xml") + "\n";
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .cacheControl(Caching.FEEDS)
                .body(body);
    }

    private void url(StringBuilder xml, String path, Instant modified) {
        xml.append("<url><loc>").append(Xml.escape(site.absolute(path))).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(iso(modified)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
