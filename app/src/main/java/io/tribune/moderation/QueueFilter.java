package io.tribune.moderation;

/**
 * What a moderator narrows a queue to: one rule, article or author (null for any), the order, and the
 * id of the last comment of the page before (null for the first page).
 */
public record QueueFilter(String rule, Long articleId, Long authorId, boolean isOldestFirst, Long after) {

    public static final QueueFilter NONE = new QueueFilter(null, null, null, false, null);
}
