package io.tribune.search;

import io.tribune.publishing.ArticlePublished;
import io.tribune.publishing.ArticleTexts;
import io.tribune.publishing.ArticleWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with publishing: a published (or updated) article is indexed once its
 * transaction has committed, a withdrawn one is taken out. An index that fails here stays behind
 * until the next rebuild, and publishing goes on.
 */
@Component
class Indexing {

    private static final Logger log = LoggerFactory.getLogger(Indexing.class);

    private final SearchIndex index;
    private final ArticleTexts texts;

    Indexing(SearchIndex index, ArticleTexts texts) {
        this.index = index;
        this.texts = texts;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ArticlePublished published) {
        try {
            texts.find(published.article())
                    .ifPresentOrElse(index::put, () -> index.remove(published.edition(), published.article()));
        } catch (RuntimeException e) {
            log.error("Article {} could not be indexed; run `tribune reindex`", published.article(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ArticleWithdrawn withdrawn) {
        try {
            index.remove(withdrawn.edition(), withdrawn.article());
        } catch (RuntimeException e) {
            log.error("Article {} could not be taken out of the index; run `tribune reindex`", withdrawn.article(), e);
        }
    }
}
