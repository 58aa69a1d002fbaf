package io.tribune.notifications.push;

import java.time.Duration;
import java.time.Instant;

/**
 * One send as administrators review it: what it told, to how many, and what the push services answered.
 *
 * @param delivered accepted by the recipient's push service
 * @param failed refused for good, or still unanswered after the last attempt
 * @param removed subscriptions deleted because the push service called them gone (404, 410)
 * @param waiting not answered yet (due, being sent, or waiting to be tried again)
 * @param duration from the first message to the last answer; null while it is still going on
 */
public record SendReport(
        long id,
        String kind,
        String title,
        Instant createdAt,
        long recipients,
        long delivered,
        long failed,
        long removed,
        long waiting,
        Duration duration) {}
