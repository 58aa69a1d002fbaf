package io.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.publishing.Readership;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecommendationsTests {

    static final Instant NOON = Instant.parse("2026-06-14T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-06-14");
    static final double DAY = Duration.ofDays(1).toMillis();

    @Test
    void aDaysViewsCountHalfForEveryHalfLifeOfTheDaysAge() {
        assertThat(weight(800, TODAY, NOON)).isEqualTo(800.0);
        assertThat(weight(800, TODAY.minusDays(1), NOON)).isEqualTo(400.0);
        assertThat(weight(800, TODAY.minusDays(3), NOON)).isEqualTo(100.0);
    }

    @Test
    void todaysViewsCountInFullBeforeNoon() {
        assertThat(weight(800, TODAY, NOON.minus(Duration.ofHours(11)))).isEqualTo(800.0);
        assertThat(weight(800, TODAY, NOON.plus(Duration.ofHours(24)))).isEqualTo(400.0);
    }

    @Test
    void fewerViewsTodayOutweighManyMoreAWeekAgo() {
        assertThat(weight(300, TODAY, NOON)).isGreaterThan(weight(10_000, TODAY.minusDays(6), NOON));
        assertThat(weight(300, TODAY, NOON)).isLessThan(weight(1_000, TODAY.minusDays(1), NOON));
    }

    private static double weight(long views, LocalDate day, Instant now) {
        return Recommendations.weight(new Readership.Reads(1, day, views), now, DAY);
    }
}
