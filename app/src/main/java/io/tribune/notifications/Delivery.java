package io.tribune.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a queue of letters is sent, the same for each of this module's queues: an operator sets it under
 * the queue's own prefix ({@code sending}, {@code poll-interval}, {@code lease}).
 *
 * @param sending whether this node sends the queue's letters (every node queues them); off in tests that
 *     drive the senders themselves
 * @param pollInterval how often a node looks for letters that are due
 * @param lease how long letters a node claimed stay with it before another may send them (a node that died)
 */
public record Delivery(
        @DefaultValue("true") boolean sending,
        @DefaultValue("PT15S") Duration pollInterval,
        @DefaultValue("PT5M") Duration lease) {

    public Delivery {
        if (!pollInterval.isPositive() || !lease.isPositive()) {
            throw new IllegalArgumentException("a mail queue's poll-interval and lease must be positive");
        }
    }
}
