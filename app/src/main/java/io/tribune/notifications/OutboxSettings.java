package io.tribune.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * How the owed letters' outbox is sent ({@code tribune.mail.outbox.*}), read here only.
 *
 * @param delivery {@code sending}, {@code poll-interval} and {@code lease}, named as for the notification
 *     mail queue; besides the rounds, a node tries at once after a commit that queued a letter
 * @param retryAfter how long a letter the mail server did not take waits before it is tried again, doubled
 *     at each further attempt
 * @param maxAttempts how many times a letter is tried before it is given up on (and the operator told in the
 *     log)
 */
@ConfigurationProperties("tribune.mail.outbox")
record OutboxSettings(
        @Name("") @DefaultValue Delivery delivery,
        @DefaultValue("PT1M") Duration retryAfter,
        @DefaultValue("10") int maxAttempts) {

    OutboxSettings {
        if (maxAttempts < 1 || retryAfter.isNegative()) {
            throw new IllegalArgumentException(
                    "tribune.mail.outbox: max-attempts must be at least 1 and retry-after not negative");
        }
    }
}
