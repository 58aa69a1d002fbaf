package io.tribune.moderation.web;

import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A period of whole days (UTC) as a page's query carries it: {@code from} and {@code to}, each a day as
 * yyyy-mm-dd and nothing else (no times, no longer strings), or nothing.
 */
record Period(
        @Pattern(regexp = Period.DAY) String from,
        @Pattern(regexp = Period.DAY) String to) {

    static final String DAY = "([0-9]{4}-[0-9]{2}-[0-9]{2})?";

    /**
     * The first day, or {@code fallback} when none was given.
     *
     * @throws DateTimeParseException when the value is no day of the calendar
     */
    LocalDate firstOr(LocalDate fallback) {
        return day(from, fallback);
    }

    /**
     * The last day, or {@code fallback} when none was given.
     *
     * @throws DateTimeParseException when the value is no day of the calendar
     */
    LocalDate lastOr(LocalDate fallback) {
        return day(to, fallback);
    }

    /** The instant a day begins. */
    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The instant after a day's last, where a period that ends with it stops. */
    static Instant end(LocalDate day) {
        return start(day.plusDays(1));
    }

    private static LocalDate day(String text, LocalDate fallback) {
        return text == null || text.isEmpty() ? fallback : LocalDate.parse(text);
    }
}
