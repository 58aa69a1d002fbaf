package io.tribune.publishing.web;

import io.tribune.system.KeptPage;
import io.tribune.system.KeptPages;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Article pages that are already rendered and kept, for the web layer's fast path: the page is
 * public and the same for everyone (per-reader parts load separately). A page not kept yet, or a
 * path that is not the article's own (a wrong section), is left to {@link ArticleController}.
 */
@Component
class KeptArticles implements KeptPages {

    private final ArticlePages pages;

    KeptArticles(ArticlePages pages) {
        this.pages = pages;
    }

    /**
     * Only a path in its plain form is looked up: one with escapes or parameters goes the full way,
     * past the firewall, whose verdict this fast path does not repeat.
     */
    @Override
    public Optional<KeptPage> find(String path) {
        if (path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
            return Optional.empty();
        }
        return ArticleAddress.of(path)
                .flatMap(address ->
                        pages.kept(address.edition(), address.slug()).filter(rendered -> rendered.livesAt(address)))
                .map(ArticlePages.Rendered::page);
    }
}
