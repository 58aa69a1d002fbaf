package io.tribune.publishing.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.publishing.ArticlePublished;
import io.tribune.publishing.ArticleWithdrawn;
import io.tribune.publishing.Articles;
import io.tribune.publishing.PublishingSettings;
import io.tribune.publishing.SectionRef;
import io.tribune.publishing.SitemapEntry;
import io.tribune.publishing.TranslationsLinked;
import io.tribune.system.Site;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code sitemap.xml}: every edition's front and section pages and the newest articles, each article
 * with hreflang links to the same story in the other editions. It is rendered once and kept until the
 * next publication or withdrawal; one on another node reaches this node's copy within the maximum age.
 */
@Component
class Sitemap {

    /** The protocol allows 50,000 addresses; the editions' own pages take a few of them. */
    private static final int MAX_ARTICLES = 45_000;

    private final Editions editions;
    private final Articles articles;
    private final Site site;
    private final Cache<String, byte[]> kept;

    Sitemap(Editions editions, Articles articles, Site site, PublishingSettings settings) {
        this.editions = editions;
        this.articles = articles;
        this.site = site;
        this.kept = Caffeine.newBuilder()
                .expireAfterWrite(settings.sitemap().maxAge())
                .build();
    }

    /** The document in UTF-8; a publication that commits while it is rendered throws that copy away. */
    byte[] xml() {
        return kept.get("sitemap.xml", key -> render());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(ArticlePublished published) {
        kept.invalidateAll();
    }

    /** A withdrawn article leaves the sitemap at once on this node, not at the copy's maximum age. */
    @TransactionalEventListener(fallbackExecution = true)
    void forget(ArticleWithdrawn withdrawn) {
        kept.invalidateAll();
    }

    /** Articles linked as one story, or unlinked, change their alternates at once on this node. */
    @TransactionalEventListener(fallbackExecution = true)
    void forget(TranslationsLinked linked) {
        kept.invalidateAll();
    }

    private byte[] render() {
        StringBuilder xml = new StringBuilder(65_536);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Edition edition : editions.all()) {
            page(xml, edition.home());
            for (SectionRef section : articles.sections(edition.code())) {
                page(xml, section.path());
            }
        }
        List<SitemapEntry> entries = articles.sitemapEntries(MAX_ARTICLES);
        Map<String, List<SitemapEntry>> stories = entries.stream()
                .filter(entry -> entry.storyKey() != null)
                .collect(Collectors.groupingBy(SitemapEntry::storyKey));
        for (SitemapEntry entry : entries) {
            article(xml, entry, stories.getOrDefault(entry.storyKey(), List.of()));
        }
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void page(StringBuilder xml, String path) {
        xml.append("<url><loc>").append(Xml.escape(site.absolute(path))).append("</loc></url>\n");
    }

    /**
     * An article's address and, when its story is told in several editions, every edition's version
     * (its own included, as search engines ask) as an hreflang alternate.
     */
    private void article(StringBuilder xml, SitemapEntry entry, List<SitemapEntry> story) {
        xml.append("<url><loc>")
                .append(Xml.escape(site.absolute(entry.path())))
                .append("</loc><lastmod>")
                .append(entry.modifiedAt())
                .append("</lastmod>");
        if (story.size() > 1) {
            for (SitemapEntry version : story) {
                editions.find(version.edition())
                        .ifPresent(edition -> alternate(xml, edition.languageTag(), version.path()));
            }
        }
        xml.append("</url>\n");
    }

    private void alternate(StringBuilder xml, String languageTag, String path) {
        xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
                .append(Xml.escape(languageTag))
                .append("\" href=\"")
                .append(Xml.escape(site.absolute(path)))
                .append("\"/>");
    }
}
