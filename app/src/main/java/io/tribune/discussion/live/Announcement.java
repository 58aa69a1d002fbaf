package io.tribune.discussion.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * That a comment under an article was published, as it travels between nodes: two ids, written as
 * {@code commentId:articleId}. Each node reads the comment itself, so nothing a reader wrote is sent.
 */
public record Announcement(long commentId, long articleId) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18}):(\\d{1,18})");

    /** The announcement a message carries; empty when it is not one. */
    public static Optional<Announcement> parse(String text) {
        Matcher match = text == null ? null : FORM.matcher(text);
        if (match == null || !match.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Announcement(Long.parseLong(match.group(1)), Long.parseLong(match.group(2))));
    }

    @Override
    public String toString() {
        return commentId + ":" + articleId;
    }
}
