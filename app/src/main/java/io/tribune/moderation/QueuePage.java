package io.tribune.moderation;

import io.tribune.discussion.Queue;
import java.util.List;
import java.util.Map;

/**
 * One page of a queue, the counts of every queue for the tabs, and the id to continue after (null on
 * the last page).
 */
public record QueuePage(
        String edition,
        Queue queue,
        QueueFilter filter,
        List<ReviewItem> items,
        Map<String, Integer> counts,
        Long next) {}
