package io.tribune.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles of every edition published within a recent window, as the Google News sitemap lists
 * them: newest first, in parts of a fixed size, loaded as sitemap entries (no bodies).
 */
@Service
@Transactional(readOnly = true)
public class RecentArticles {

    private final RecentArticleEntries entries;
    private final Clock clock;

    RecentArticles(RecentArticleEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** How many articles were published within the window up to now. */
    public long count(Duration window) {
        Instant now = clock.instant();
        return entries.countRecent(now.minus(window), now);
    }

    /** The {@code part}-th (from 1) run of {@code size} articles published within the window, newest first. */
    public List<SitemapEntry> part(Duration window, int part, int size) {
        Instant now = clock.instant();
        return entries.recent(now.minus(window), now, PageRequest.of(part - 1, size));
    }
}
