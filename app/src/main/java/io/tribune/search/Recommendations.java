package io.tribune.search;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.tribune.publishing.Readership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Recommended: the edition's articles most read over the recent days, each day's views weighed down
 * by the day's age (halved every half-life), mixed on an article page with the articles most like it.
 */
@Service
public class Recommendations {

    /** How many articles Recommended shows. */
    public static final int SHOWN = 6;

    /** How many of the articles most viewed over the recent days are weighed day by day. */
    private static final int CANDIDATES = 300;

    private final Readership readership;
    private final SearchIndex index;
    private final SearchSettings settings;
    private final Clock clock;
    private final LoadingCache<String, List<Long>> mostRead;

    Recommendations(Readership readership, SearchIndex index, SearchSettings settings, Clock clock) {
        this.readership = readership;
        this.index = index;
        this.settings = settings;
        this.clock = clock;
        this.mostRead = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(1))
                .maximumSize(100)
                .build(this::rankMostRead);
    }

    /** For the front page: the most read. */
    public List<FoundArticle> forEdition(String edition) {
        return index.find(edition, mostRead.get(edition).stream().limit(SHOWN).toList());
    }

    /** For an article page: most read and most alike in turn, the article itself left out. */
    public List<FoundArticle> forArticle(String edition, long article) {
        List<Long> read = mostRead.get(edition);
        List<Long> alike = index.similarTo(edition, article, SHOWN);
        Set<Long> mixed = new LinkedHashSet<>();
        for (int i = 0; i < Math.max(read.size(), alike.size()) && mixed.size() < SHOWN + 1; i++) {
            if (i < alike.size()) {
                mixed.add(alike.get(i));
            }
            if (i < read.size()) {
                mixed.add(read.get(i));
            }
        }
        mixed.remove(article);
        return index.find(edition, mixed.stream().limit(SHOWN).toList());
    }

    /** The most read ids, best first: each day's views × 2^(−the day's age / half-life), added up. */
    List<Long> rankMostRead(String edition) {
        Instant now = clock.instant();
        double halfLife = settings.readsHalfLife().toMillis();
        LocalDate since = LocalDate.ofInstant(now.minus(settings.recentReads()), ZoneOffset.UTC);
        Map<Long, Double> weights = new HashMap<>();
        for (Readership.Reads reads : readership.recentReads(edition, since, CANDIDATES)) {
            weights.merge(reads.article(), weight(reads, now, halfLife), Double::sum);
        }
        return weights.entrySet().stream()
                .filter(w -> w.getValue() > 0)
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** A day's views weighed by the day's age, counted from its middle (today's count in full until noon). */
    static double weight(Readership.Reads reads, Instant now, double halfLifeMillis) {
        Instant middle = reads.day().atTime(12, 0).toInstant(ZoneOffset.UTC);
        double age = Math.max(0, Duration.between(middle, now).toMillis());
        return reads.views() * Math.pow(2, -age / halfLifeMillis);
    }
}
