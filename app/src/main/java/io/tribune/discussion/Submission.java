package io.tribune.discussion;

import java.time.Instant;

/**
 * A comment as screening sees it.
 *
 * @param commentId the comment's id, as later decisions and similar-comment evidence name it; {@link
 *     #NOT_STORED} for a new comment, screened before it is stored (its activity is kept under the id it
 *     gets then, see {@link Screened.Activity})
 * @param author the author's account id
 * @param address the network address it was posted from
 * @param articleText the article's title, lead and body, for relatedness
 * @param parentText the comment it replies to, or null
 * @param standing the author's record
 */
public record Submission(
        long commentId,
        String edition,
        String text,
        long author,
        String address,
        Instant at,
        String articleTitle,
        String articleLead,
        String articleText,
        String parentText,
        Standing standing) {

    /** The id a new comment is screened under: it gets its own only when it is stored with its decision. */
    public static final long NOT_STORED = 0;

    /**
     * The author's record when the comment arrives.
     *
     * @param publishedBefore how many of their comments were published
     * @param recentScreened how many of their recent comments were screened
     * @param recentRejected how many of those were rejected
     */
    public record Standing(int publishedBefore, int recentScreened, int recentRejected) {}
}
