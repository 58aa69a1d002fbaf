package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.publishing.RecentArticles;
import io.tribune.publishing.SitemapEntry;
import io.tribune.system.Site;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Google News sitemap: the articles of every edition published in the last two days, at most
 * 1,000 to a file as Google News asks. While they fit in one file it is {@code news-sitemap.xml}
 * itself; beyond that, that address is a sitemap index of the parts {@code news-sitemap-1.xml},
 * {@code news-sitemap-2.xml}, and so on.
 */
@Component
class NewsSitemap {

    /** The part files' addresses as the handler maps them. */
    static final String PART = "/news-sitemap-{part:[1-9][0-9]{0,3}}.xml";

    static final Duration WINDOW = Duration.ofDays(2);
    static final int PER_FILE = 1_000;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final RecentArticles recent;
    private final Editions editions;
    private final Site site;

    NewsSitemap(RecentArticles recent, Editions editions, Site site) {
        this.recent = recent;
        this.editions = editions;
        this.site = site;
    }

    /** The document at {@code news-sitemap.xml}: the one file, or the index of the parts. */
    String main() {
        long count = recent.count(WINDOW);
        if (count <= PER_FILE) {
            return urlset(recent.part(WINDOW, 1, PER_FILE));
        }
        int parts = (int) ((count + PER_FILE - 1) / PER_FILE);
        StringBuilder xml = new StringBuilder(HEAD)
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int part = 1; part <= parts; part++) {
            xml.append("<sitemap><loc>")
                    .append(Xml.escape(site.absolute(partPath(part))))
                    .append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** A part named by the index; empty for a part beyond the last (it has nothing to list). */
    Optional<String> part(int part) {
        List<SitemapEntry> entries = recent.part(WINDOW, part, PER_FILE);
        return entries.isEmpty() ? Optional.empty() : Optional.of(urlset(entries));
    }

    static String partPath(int part) {
        return "/news-sitemap-" + part + ".xml";
    }

    private String urlset(List<SitemapEntry> entries) {
        StringBuilder xml = new StringBuilder(16_384)
                .append(HEAD)
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (SitemapEntry article : entries) {
            Optional<Edition> found = editions.find(article.edition());
            if (found.isEmpty()) {
                continue;
            }
            Edition edition = found.get();
            xml.append("<url><loc>")
                    .append(Xml.escape(site.absolute(article.path())))
                    .append("</loc><news:news><news:publication><news:name>")
                    .append(Xml.escape(edition.siteName()))
                    .append("</news:name><news:language>")
                    .append(Xml.escape(edition.locale().getLanguage()))
                    .append("</news:language></news:publication><news:publication_date>")
                    .append(NewsDates.of(edition, article.publishedAt()))
                    .append("</news:publication_date><news:title>")
                    .append(Xml.escape(article.title()))
                    .append("</news:title></news:news></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
