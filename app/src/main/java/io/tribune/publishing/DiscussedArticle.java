package io.tribune.publishing;

import java.time.Instant;

/**
 * A published article as its discussion needs it: where it lives, what it says (the moderation of
 * comments weighs relatedness to it), when it was published (discussions close some days after), and
 * how many published comments the discussion last counted.
 *
 * @param text the body as plain paragraphs, without short codes
 * @param commentCount the count the discussion keeps ({@link Articles#countComments})
 * @param closing when its editor chose the discussion to close; {@link DiscussionClosing#EDITION} by default
 */
public record DiscussedArticle(
        long id,
        String edition,
        String title,
        String lead,
        String text,
        String path,
        Instant publishedAt,
        int commentCount,
        DiscussionClosing closing) {

    public DiscussedArticle {
        closing = closing == null ? DiscussionClosing.EDITION : closing;
    }
}
