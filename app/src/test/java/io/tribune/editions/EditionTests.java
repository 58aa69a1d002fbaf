package io.tribune.editions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EditionTests {

    private final Edition russian = new Edition(
            "ru",
            Locale.forLanguageTag("ru"),
            "Русский",
            "Трибуна",
            ZoneId.of("Europe/Moscow"),
            false,
            "dd.MM.yyyy HH:mm");

    @Test
    void datelineIsInTheEditionTimeZoneWithItsOffset() {
        assertThat(russian.dateline(Instant.parse("2026-06-14T07:50:00Z"))).isEqualTo("14.06.2026 10:50 GMT+3");
    }

    @Test
    void stampIsTheTimeAloneForTodayAndTheDatelinesDateAndTimeBefore() {
        LocalDate today = LocalDate.of(2026, 6, 14);
        assertThat(russian.stamp(Instant.parse("2026-06-14T04:30:00Z"), today)).isEqualTo("07:30");
        assertThat(russian.stamp(Instant.parse("2026-06-13T19:30:00Z"), today)).isEqualTo("13.06.2026 22:30");
    }

    @Test
    void todayIsTheEditionsDayNotTheServers() {
        Instant lateInUtc = Instant.parse("2026-06-13T22:30:00Z");
        assertThat(russian.day(lateInUtc)).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(russian.stamp(lateInUtc, LocalDate.of(2026, 6, 14))).isEqualTo("01:30");
    }

    @Test
    void offsetsAreWrittenTheAgencyWay() {
        assertThat(Edition.gmt(java.time.ZoneOffset.UTC)).isEqualTo("GMT");
        assertThat(Edition.gmt(java.time.ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("GMT+5:30");
        assertThat(Edition.gmt(java.time.ZoneOffset.ofHours(-4))).isEqualTo("GMT-4");
    }

    @Test
    void arabicEditionIsRightToLeft() {
        Edition arabic = new Edition(
                "ar",
                Locale.forLanguageTag("ar"),
                "العربية",
                "تريبيون",
                ZoneId.of("Africa/Cairo"),
                true,
                "yyyy/MM/dd HH:mm");
        assertThat(arabic.direction()).isEqualTo("rtl");
        assertThat(russian.direction()).isEqualTo("ltr");
    }
}
