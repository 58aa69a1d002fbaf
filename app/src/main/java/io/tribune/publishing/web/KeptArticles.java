package io.tribune.publishing.web;

import io.tribune.system.KeptPage;
import io.tribune.system.KeptPages;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Article pages that are already rendered and kept, for the web layer's fast path: the page is
 * public and the same for everyone (per-reader parts load separately). A page not kept yet, or a
 * path that is not the article's own (a wrong section), is left to {@link ArticleController}.
 */
@Component
class KeptArticles implements KeptPages {

    private static final Pattern ARTICLE = Pattern.compile("/([a-z]{2})/([a-z0-9-]{1,80})/([a-z0-9-]{1,120})");

    private final ArticlePages pages;

    KeptArticles(ArticlePages pages) {
        this.pages = pages;
    }

    @Override
    public Optional<KeptPage> find(String path) {
        Matcher article = ARTICLE.matcher(path);
        if (!article.matches()) {
            return Optional.empty();
        }
        return pages.kept(article.group(1), article.group(3))
                .filter(rendered -> rendered.path().equals(path))
                .map(ArticlePages.Rendered::page);
    }
}
