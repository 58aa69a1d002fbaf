package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.media.ImageRef;
import io.tribune.publishing.ArticleView;
import io.tribune.publishing.TagRef;
import io.tribune.system.Pages;
import io.tribune.system.Site;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and social networks read of an article: canonical and hreflang links, Open
 * Graph and Twitter card tags, and a NewsArticle JSON-LD document.
 */
@Component
class ArticleMarkup {

    /** Google News asks for images at least this wide in an article's structured data. */
    static final int MIN_NEWS_IMAGE_WIDTH = 1200;

    private final Site site;
    private final Editions editions;
    private final JsonMapper json;

    ArticleMarkup(Site site, Editions editions, JsonMapper json) {
        this.site = site;
        this.editions = editions;
        this.json = json;
    }

    Pages.Builder describe(Pages.Builder page, Edition edition, ArticleView article) {
        String path = article.card().path();
        String published = NewsDates.of(edition, article.card().publishedAt());
        String modified = NewsDates.of(edition, article.modifiedAt());
        page.title(article.title())
                .description(article.card().lead())
                .canonical(path)
                .property("og:type", "article")
                .property("og:site_name", edition.siteName())
                .property("og:locale", edition.locale().toString())
                .property("og:title", article.title())
                .property("og:description", article.card().lead())
                .property("og:url", site.absolute(path))
                .property("article:published_time", published)
                .property("article:modified_time", modified)
                .property("article:section", article.card().section().name())
                .name("twitter:card", article.image() == null ? "summary" : "summary_large_image")
                .name("twitter:title", article.title())
                .name("twitter:description", article.card().lead());
        for (TagRef tag : article.tags()) {
            page.property("article:tag", tag.name());
        }
        if (article.image() != null) {
            String image = site.absolute(article.image().largest());
            page.property("og:image", image)
                    .property("og:image:width", Integer.toString(ImageRef.WIDTHS.getLast()))
                    .property(
                            "og:image:height", Integer.toString(article.image().heightAt(ImageRef.WIDTHS.getLast())))
                    .property("og:image:alt", article.image().caption())
                    .name("twitter:image", image);
        }
        for (ArticleView.Alternate alternate : article.alternates()) {
            editions.find(alternate.edition()).ifPresent(e -> page.alternate(e.languageTag(), alternate.path()));
        }
        page.jsonLd(jsonLd(edition, article, path, published, modified));
        return page;
    }

    private String jsonLd(Edition edition, ArticleView article, String path, String published, String modified) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "NewsArticle");
        doc.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", site.absolute(path)));
        doc.put("headline", article.title());
        doc.put("description", article.card().lead());
        doc.put("inLanguage", edition.languageTag());
        doc.put("datePublished", published);
        doc.put("dateModified", modified);
        doc.put("articleSection", article.card().section().name());
        if (!article.tags().isEmpty()) {
            doc.put("keywords", article.tags().stream().map(TagRef::name).collect(Collectors.joining(", ")));
        }
        List<String> images = largeImages(article.image());
        if (!images.isEmpty()) {
            doc.put("image", images);
        }
        if (!article.byline().isBlank()) {
            doc.put("author", List.of(Map.of("@type", "Person", "name", article.byline())));
        }
        doc.put(
                "publisher",
                Map.of(
                        "@type", "NewsMediaOrganization",
                        "name", edition.siteName(),
                        "url", site.absolute(edition.home()),
                        "logo", Map.of("@type", "ImageObject", "url", site.absolute("/assets/img/logo.png"))));
        return ScriptJson.of(json.writeValueAsString(doc));
    }

    /**
     * The renditions Google News takes as an article's image: those at least {@value #MIN_NEWS_IMAGE_WIDTH}
     * pixels wide (a smaller picture is left out of the document rather than offered too small).
     */
    private List<String> largeImages(ImageRef image) {
        if (image == null) {
            return List.of();
        }
        return ImageRef.WIDTHS.stream()
                .filter(w -> w >= MIN_NEWS_IMAGE_WIDTH && w <= image.width())
                .map(w -> site.absolute(image.src(w)))
                .toList();
    }
}
