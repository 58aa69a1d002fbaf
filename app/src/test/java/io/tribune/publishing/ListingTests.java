package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingTests {

    @Test
    void daysFollowTheEditionsTimeZoneAndKeepTheListOrder() {
        ArticleCard night = card(1, "2026-06-13T22:30:00Z");
        ArticleCard evening = card(2, "2026-06-13T19:00:00Z");
        ArticleCard older = card(3, "2026-06-11T08:00:00Z");
        Listing listing = new Listing(List.of(night, evening, older), 1, 1, 3);

        assertThat(listing.days(ZoneId.of("Europe/Moscow")))
                .containsExactly(
                        new Listing.Day(LocalDate.of(2026, 6, 14), List.of(night)),
                        new Listing.Day(LocalDate.of(2026, 6, 13), List.of(evening)),
                        new Listing.Day(LocalDate.of(2026, 6, 11), List.of(older)));
        assertThat(listing.days(ZoneId.of("Europe/London")))
                .extracting(Listing.Day::date)
                .containsExactly(LocalDate.of(2026, 6, 13), LocalDate.of(2026, 6, 11));
    }

    private static ArticleCard card(long id, String publishedAt) {
        return new ArticleCard(
                id,
                "ru",
                new SectionRef("ru", "world", "В мире"),
                "a-" + id,
                "Headline " + id,
                "Lead",
                Instant.parse(publishedAt),
                null,
                0,
                0,
                false);
    }
}
