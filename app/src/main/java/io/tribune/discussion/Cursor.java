package io.tribune.discussion;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page of threads starts: after the thread with this id (and, when sorted by replies,
 * this reply count). Written in links as {@code 1234} or {@code 7.1234}.
 */
public record Cursor(int replyCount, long id) {

    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,9})\\.)?(\\d{1,18})");

    /** The cursor a link carries; empty when there is none or it is not one. */
    public static Optional<Cursor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher match = FORM.matcher(text);
        if (!match.matches()) {
            return Optional.empty();
        }
        int count = match.group(1) == null ? 0 : Integer.parseInt(match.group(1));
        return Optional.of(new Cursor(count, Long.parseLong(match.group(2))));
    }

    @Override
    public String toString() {
        return replyCount == 0 ? Long.toString(id) : replyCount + "." + id;
    }
}
