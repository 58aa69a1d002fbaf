package io.tribune.notifications.push;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator sets for web push ({@code tribune.push.*}), read here only.
 *
 * @param contact the VAPID {@code sub} claim: a {@code mailto:} or {@code https:} address push services
 *     may use to reach the operator; blank: the site's public address
 * @param vapidKeyFile a file with {@code publicKey=} and {@code privateKey=} (base64url, as web-push's
 *     key generator prints them) that replaces the key pair kept in the database; null: the database's
 * @param allowPrivateEndpoints whether subscriptions may name plain-http endpoints and private, loopback
 *     or link-local addresses. Only tests and a local benchmark turn this on: in production it would let
 *     anyone make the server send requests into its own network
 * @param timeToLive how long a push service keeps a message for a browser that is offline (TTL header)
 * @param connectTimeout how long to wait for a push service to accept a connection
 * @param requestTimeout how long to wait for a push service's answer before trying again later
 * @param batchSize how many deliveries one node claims at a time
 * @param concurrency how many requests one node has open to push services at a time
 * @param maxAttempts how often a delivery that meets 429, 5xx or a timeout is tried before it counts as failed
 * @param backoff the wait before the second attempt, doubled for each further one (unless Retry-After says more)
 * @param lease how long a claimed delivery stays with its node before another may take it over
 * @param pollInterval how often a node looks for deliveries when nothing woke it
 * @param sending whether this node delivers sends (every node records them); off for a node that
 *     should not reach the internet, or in tests that drive the sender themselves
 */
@ConfigurationProperties("tribune.push")
record PushSettings(
        @DefaultValue("") String contact,
        Path vapidKeyFile,
        @DefaultValue("false") boolean allowPrivateEndpoints,
        @DefaultValue("P1D") Duration timeToLive,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration requestTimeout,
        @DefaultValue("500") int batchSize,
        @DefaultValue("64") int concurrency,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT10S") Duration backoff,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("true") boolean sending) {

    PushSettings {
        if (batchSize < 1 || concurrency < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "tribune.push.batch-size, concurrency and max-attempts must be at least 1");
        }
        if (batchSize > 5_000) {
            // a round names its deliveries in one list of parameters, and PostgreSQL takes 65,535 at most
            throw new IllegalArgumentException("tribune.push.batch-size must be at most 5000");
        }
        if (lease.compareTo(requestTimeout.plus(connectTimeout).multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("tribune.push.lease must be at least twice a request's timeouts,"
                    + " or a slow push service would let another node send the same message again");
        }
    }
}
