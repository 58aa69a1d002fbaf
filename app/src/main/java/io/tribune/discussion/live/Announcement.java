package io.tribune.discussion.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * That a comment under an article was published, or that one already there changed (edited, deleted,
 * hidden), as it travels between nodes: two ids, written as {@code commentId:articleId} for a new
 * comment and {@code commentId:articleId:changed} for a change. Each node reads the comment itself, so
 * nothing a reader wrote is sent.
 *
 * @param isNew whether the comment was just posted (else it was there before and changed)
 */
public record Announcement(long commentId, long articleId, boolean isNew) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18}):(\\d{1,18})(:changed)?");

    /** That a comment was just published. */
    public static Announcement posted(long commentId, long articleId) {
        return new Announcement(commentId, articleId, true);
    }

    /** That a comment already under the article changed. */
    public static Announcement changed(long commentId, long articleId) {
        return new Announcement(commentId, articleId, false);
    }

    /** The announcement a message carries; empty when it is not one. */
    public static Optional<Announcement> parse(String text) {
        Matcher match = text == null ? null : FORM.matcher(text);
        if (match == null || !match.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Announcement(
                Long.parseLong(match.group(1)), Long.parseLong(match.group(2)), match.group(3) == null));
    }

    @Override
    public String toString() {
        return commentId + ":" + articleId + (isNew ? "" : ":changed");
    }
}
