package io.tribune.editions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One language site of the publisher.
 *
 * @param code the path prefix and id, e.g. {@code en}
 * @param siteName the publisher's name as this edition writes it
 * @param datelinePattern how dates and times are written in datelines, without the zone
 */
public record Edition(
        String code,
        Locale locale,
        String name,
        String siteName,
        ZoneId timeZone,
        boolean isRightToLeft,
        String datelinePattern) {

    /**
     * The first segment of every edition's address as handlers map it ({@code /en/...}); the value
     * reaches handlers as an {@link Edition} through {@link EditionOfPath}.
     */
    public static final String PATH = "/{edition:[a-z]{2}}";

    public String languageTag() {
        return locale.toLanguageTag();
    }

    public String direction() {
        return isRightToLeft ? "rtl" : "ltr";
    }

    /** The path of the edition's front page, e.g. {@code /en/}. */
    public String home() {
        return "/" + code + "/";
    }

    /** A dateline in the edition's time zone: "14.06.2026 10:50 GMT+3". */
    public String dateline(Instant instant) {
        ZoneOffset offset = timeZone.getRules().getOffset(instant);
        return dateAndTime(instant) + " " + gmt(offset);
    }

    /** The date alone, in the edition's language: "14 June 2026". */
    public String date(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(instant.atZone(timeZone));
    }

    /** The time alone in the edition's time zone: "10:50". */
    public String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(instant.atZone(timeZone));
    }

    /**
     * When something happened, as lists show it beside a headline: the time alone if it happened
     * {@code today}, else the dateline's date and time ("13.06.2026 22:30"), so yesterday's late news
     * never looks newer than this morning's.
     */
    public String stamp(Instant instant, LocalDate today) {
        if (day(instant).equals(today)) {
            return time(instant);
        }
        return dateAndTime(instant);
    }

    /** The day an instant falls on in the edition's time zone. */
    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, timeZone);
    }

    private String dateAndTime(Instant instant) {
        return DateTimeFormatter.ofPattern(datelinePattern, Locale.ROOT).format(instant.atZone(timeZone));
    }

    static String gmt(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "GMT";
        }
        int hours = Math.abs(seconds) / 3600;
        int minutes = Math.abs(seconds) % 3600 / 60;
        String sign = seconds > 0 ? "+" : "-";
        return "GMT" + sign + hours + (minutes == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes));
    }
}
