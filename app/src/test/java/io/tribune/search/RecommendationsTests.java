package io.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.publishing.Readership;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecommendationsTests {

    static final Instant NOW = Instant.parse("2026-06-14T12:00:00Z");
    static final double DAY = Duration.ofDays(1).toMillis();

    @Test
    void viewsCountHalfForEveryHalfLifeOfAnArticlesAge() {
        assertThat(weight(800, Duration.ZERO)).isEqualTo(800.0);
        assertThat(weight(800, Duration.ofDays(1))).isEqualTo(400.0);
        assertThat(weight(800, Duration.ofDays(3))).isEqualTo(100.0);
    }

    @Test
    void aFreshArticleOutranksAnOlderOneWithMoreViewsButNotMuchMore() {
        assertThat(weight(300, Duration.ofHours(2))).isGreaterThan(weight(1_000, Duration.ofDays(2)));
        assertThat(weight(300, Duration.ofHours(2))).isLessThan(weight(1_000, Duration.ofDays(1)));
    }

    private static double weight(long views, Duration age) {
        return Recommendations.weight(new Readership.Reads(1, views, NOW.minus(age)), NOW, DAY);
    }
}
