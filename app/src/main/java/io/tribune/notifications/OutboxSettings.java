package io.tribune.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the owed letters' outbox is sent ({@code tribune.mail.outbox.*}), read here only.
 *
 * @param sending whether this node sends the outbox's letters (every node queues them); off in tests that
 *     drive the senders themselves
 * @param pollInterval how often a node looks for letters that are due (besides trying at once after a
 *     commit that queued one)
 * @param lease how long letters a node claimed stay with it before another may send them (a node that died)
 * @param retryAfter how long a letter the mail server did not take waits before it is tried again, doubled
 *     at each further attempt
 * @param maxAttempts how many times a letter is tried before it is given up on (and the operator told in the
 *     log)
 */
@ConfigurationProperties("tribune.mail.outbox")
record OutboxSettings(
        @DefaultValue("true") boolean sending,
        @DefaultValue("PT15S") Duration pollInterval,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("PT1M") Duration retryAfter,
        @DefaultValue("10") int maxAttempts) {

    OutboxSettings {
        if (maxAttempts < 1 || retryAfter.isNegative() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("tribune.mail.outbox: max-attempts must be at least 1,"
                    + " retry-after not negative and lease positive");
        }
    }
}
