package io.tribune.publishing.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.tribune.editions.Edition;
import io.tribune.publishing.ArticleDiscussions;
import io.tribune.publishing.ArticleView;
import io.tribune.publishing.Articles;
import io.tribune.publishing.PublishingSettings;
import io.tribune.system.KeptPage;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Rendered article pages for anonymous readers, kept a short while in memory: the bytes, a strong
 * ETag over them and the article's modification time. Views and comment counts on a kept page lag
 * by at most the keeping time.
 */
@Component
class ArticlePages {

    /** A page ready to send, and the one path it lives at. */
    record Rendered(KeptPage page, String path) {

        /**
         * Whether the page lives at this address: any other address of the same article (a wrong
         * section) is moved to its own, and neither the kept copy nor the controller sends it there.
         */
        boolean livesAt(ArticleAddress address) {
            return path.equals(address.path());
        }
    }

    private final Articles articles;
    private final Frames frames;
    private final ArticleMarkup markup;
    private final TemplateEngine templates;
    private final ArticleDiscussions discussions;
    private final Cache<String, Optional<Rendered>> cache;

    ArticlePages(
            Articles articles,
            Frames frames,
            ArticleMarkup markup,
            TemplateEngine templates,
            ArticleDiscussions discussions,
            PublishingSettings settings) {
        this.articles = articles;
        this.frames = frames;
        this.markup = markup;
        this.templates = templates;
        this.discussions = discussions;
        this.cache = Caffeine.newBuilder()
                .maximumSize(5_000)
                .expireAfterWrite(settings.articleCache().ttl())
                .build();
    }

    /** The page if it is kept already; never renders. */
    Optional<Rendered> kept(String edition, String slug) {
        Optional<Rendered> page = cache.getIfPresent(key(edition, slug));
        return page == null ? Optional.empty() : page;
    }

    /**
     * Drops every kept page, so that the next request for each renders it afresh: tests compare the
     * kept answer with the freshly rendered one this way.
     */
    void forget() {
        cache.invalidateAll();
    }

    Optional<Rendered> get(Edition edition, String slug) {
        return cache.get(
                key(edition.code(), slug),
                key -> articles.article(edition.code(), slug).map(article -> render(edition, article)));
    }

    /** What the article template is given: the same for readers and for an editor's preview. */
    Map<String, Object> model(Edition edition, ArticleView article) {
        Pages.Builder frame =
                frames.in(edition).currentSection(article.card().section().path());
        Page page = markup.describe(frame, edition, article).build();
        List<ShareLink> share = ShareLinks.of(edition, article.title(), page.canonical());
        String discussion = discussions.pathOf(edition.code(), article.id());
        return Map.of("page", page, "article", article, "share", share, "discussion", discussion);
    }

    private Rendered render(Edition edition, ArticleView article) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render("publishing/article.jte", model(edition, article), output);
        byte[] html = output.toByteArray();
        KeptPage kept = KeptPage.html(html, etag(html), article.modifiedAt(), Caching.ARTICLE.getHeaderValue());
        return new Rendered(kept, article.card().path());
    }

    private static String key(String edition, String slug) {
        return edition + "/" + slug;
    }

    private static String etag(byte[] html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
