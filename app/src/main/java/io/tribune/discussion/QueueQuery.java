package io.tribune.discussion;

/**
 * One page of a queue: the edition's comments in the queue, optionally of one rule, article or author,
 * newest or oldest first, after the id last seen (null for the first page).
 */
public record QueueQuery(
        String edition,
        Queue queue,
        String rule,
        Long articleId,
        Long authorId,
        boolean isOldestFirst,
        Long after,
        int limit) {}
