package io.tribune.publishing.web;

import io.tribune.publishing.DiscussionClosing;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The newsroom's choice of when one article's discussion closes, as posted: {@code closing} is
 * {@code edition}, {@code closed}, {@code until} or {@code never}; {@code until} a day as
 * {@code yyyy-MM-dd} (the browser's date field).
 */
record DiscussionClosingForm(String closing, String until) {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** The choice, or empty when the form names none of the four. */
    Optional<DiscussionClosing.Kind> kind() {
        if (closing == null || !closing.matches("edition|closed|until|never")) {
            return Optional.empty();
        }
        return Optional.of(DiscussionClosing.Kind.valueOf(closing.toUpperCase(Locale.ROOT)));
    }

    /** The day named, or empty when there is none or it is not a real day. */
    Optional<LocalDate> day() {
        if (until == null || until.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(until, DAY));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
