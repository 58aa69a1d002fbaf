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
 * Keeps this node's index in step with publishing: a published (or updated) article is indexed once
 * its transaction has committed, a withdrawn one is taken out. The other nodes hear of it through
 * {@link SearchChanges}. An index that fails here stays behind until the next rebuild, and
 * publishing goes on.
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
        follow(published.article(), published.edition());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ArticleWithdrawn withdrawn) {
        takeOut(withdrawn.article(), withdrawn.edition());
    }

    /**
     * Makes the index hold what the database holds for the article now: indexed when it is published
     * (in its own edition), taken out otherwise. Applying it twice, or late, does no harm.
     */
    /** Readers can no longer find the article. */
    void takeOut(long article, String edition) {
        try {
            index.remove(edition, article);
        } catch (RuntimeException e) {
            log.error("Article {} could not be taken out of the index; run `tribune reindex`", article, e);
        }
    }

    void follow(long article, String edition) {
        try {
            texts.find(article)
                    .ifPresentOrElse(
                            found -> {
                                if (!found.edition().equals(edition)) {
                                    index.remove(edition, article);
                                }
                                index.put(found);
                            },
                            () -> index.remove(edition, article));
        } catch (RuntimeException e) {
            log.error("Article {} could not be indexed; run `tribune reindex`", article, e);
        }
    }
}
