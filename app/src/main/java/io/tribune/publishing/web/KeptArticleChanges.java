package io.tribune.publishing.web;

import io.tribune.editions.ListenLiveChanged;
import io.tribune.publishing.ArticlePublished;
import io.tribune.publishing.ArticleWithdrawn;
import io.tribune.publishing.TranslationsLinked;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops this node's kept article pages when an article is published, updated or withdrawn, when
 * translations are linked or unlinked (alternate-language links), or when an edition's Listen Live
 * stream changes (every page carries the player bar), so that readers here see the change at once;
 * other nodes see it when their copies expire (the keeping time, 30 s by default).
 */
@Component
class KeptArticleChanges {

    private final ArticlePages pages;

    KeptArticleChanges(ArticlePages pages) {
        this.pages = pages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void published(ArticlePublished published) {
        pages.forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void withdrawn(ArticleWithdrawn withdrawn) {
        pages.forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void streamChanged(ListenLiveChanged changed) {
        pages.forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void translationsLinked(TranslationsLinked linked) {
        pages.forget();
    }
}
