package io.tribune.search;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.tribune.publishing.Readership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Recommended: the edition's most read recent articles, each article's views weighed down by its age
 * (halved every half-life), mixed on an article page with the articles most like it.
 */
@Service
public class Recommendations {

    /** How many articles Recommended shows. */
    public static final int SHOWN = 6;

    /** How many of the most viewed recent articles are weighed for age. */
    private static final int CANDIDATES = 100;

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

    /** The most read ids, best first: views × 2^(−age / half-life). */
    private List<Long> rankMostRead(String edition) {
        Instant now = clock.instant();
        double halfLife = settings.readsHalfLife().toMillis();
        List<Readership.Reads> reads =
                new ArrayList<>(readership.mostRead(edition, now.minus(settings.recentReads()), CANDIDATES));
        reads.removeIf(r -> r.views() == 0);
        reads.sort(Comparator.comparingDouble((Readership.Reads r) -> -weight(r, now, halfLife)));
        return reads.stream().map(Readership.Reads::article).toList();
    }

    static double weight(Readership.Reads reads, Instant now, double halfLifeMillis) {
        double age = Math.max(0, Duration.between(reads.publishedAt(), now).toMillis());
        return reads.views() * Math.pow(2, -age / halfLifeMillis);
    }
}
