package io.tribune.search;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.publishing.ArticleTexts;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the index from the database: on demand ({@code tribune reindex}), and at start for an
 * edition whose index is missing or holds another number of articles than the database (a restored
 * database, a deleted folder).
 */
@Service
public class Reindexing {

    private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

    private final SearchIndex index;
    private final ArticleTexts texts;
    private final Editions editions;
    private final SearchSettings settings;

    Reindexing(SearchIndex index, ArticleTexts texts, Editions editions, SearchSettings settings) {
        this.index = index;
        this.texts = texts;
        this.editions = editions;
        this.settings = settings;
    }

    /** Rebuilds every edition's index; returns how many articles it holds. */
    public long rebuildAll() {
        return editions.all().stream().mapToLong(this::rebuild).sum();
    }

    long rebuild(Edition edition) {
        long started = System.nanoTime();
        long count = index.rebuild(edition.code(), each -> texts.forEach(edition.code(), each));
        log.info(
                "Search index of edition {} rebuilt: {} articles in {} ms",
                edition.code(),
                count,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return count;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhereMissing() {
        if (!settings.isRebuiltWhenMissing()) {
            return;
        }
        for (Edition edition : editions.all()) {
            if (index.wasMissing(edition.code()) || index.size(edition.code()) != texts.count(edition.code())) {
                rebuild(edition);
            }
        }
    }
}
