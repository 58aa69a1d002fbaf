package io.tribune.publishing.web;

import io.tribune.editions.Edition;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as search engines read them in structured data and news sitemaps: ISO 8601 to the second in the
 * edition's time zone, always with the offset written out ({@code 2026-06-14T10:50:00+03:00}, and
 * {@code +00:00} rather than {@code Z}), so that the local time readers saw and the instant agree.
 */
final class NewsDates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private NewsDates() {}

    static String of(Edition edition, Instant instant) {
        return FORMAT.format(instant.atZone(edition.timeZone()));
    }
}
