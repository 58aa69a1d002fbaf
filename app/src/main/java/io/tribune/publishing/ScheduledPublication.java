package io.tribune.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled articles when they are due, on every node: each due article is claimed by one
 * conditional update ({@link ArticleRepository#claim}), so of several nodes that find it at once
 * exactly one publishes it and announces {@link ArticlePublished}. The schedule lives in the
 * database, so a restart loses nothing: the first run after the start publishes what fell due
 * meanwhile, dated at its scheduled time.
 */
@Component
class ScheduledPublication {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);
    private static final int BATCH = 100;

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScheduledPublication(
            ArticleRepository articles,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.articles = articles;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Publishes every article due now; answers how many this node published. */
    @Scheduled(fixedDelayString = "${tribune.newsroom.schedule-poll:PT15S}")
    int publishDue() {
        Instant now = clock.instant();
        List<Long> due = transaction.execute(status -> articles.due(now, PageRequest.of(0, BATCH)));
        int published = 0;
        for (long id : due) {
            Boolean isMine = transaction.execute(status -> {
                if (articles.claim(id, now) != 1) {
                    return false;
                }
                String edition = articles.findById(id).orElseThrow().edition();
                events.publishEvent(new ArticlePublished(id, edition));
                return true;
            });
            if (Boolean.TRUE.equals(isMine)) {
                published++;
                log.info("Published scheduled article {}", id);
            }
        }
        return published;
    }
}
