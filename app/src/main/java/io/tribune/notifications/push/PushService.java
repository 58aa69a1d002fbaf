package io.tribune.notifications.push;

import io.tribune.system.Site;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands encrypted, VAPID-signed messages to browsers' push services (RFC 8030 section 5) and sorts their
 * answers. A push service that does not answer within the request timeout counts as "try again later";
 * redirects are never followed, so a push service cannot point the server at another address.
 */
@Component
class PushService implements AutoCloseable {

    private final HttpClient client;
    private final PayloadEncryption encryption;
    private final VapidKeys keys;
    private final Vapid.Tokens tokens;
    private final Duration requestTimeout;
    private final EndpointGuard guard;
    private final Clock clock;

    /** Signs with the site's VAPID keys (made at first start) and names the site's contact address. */
    @Autowired
    PushService(PushSettings settings, JdbcClient jdbc, Clock clock, Site site, EndpointGuard guard) {
        this(VapidKeyStore.load(settings, jdbc, clock), contact(settings, site), settings, guard, clock);
    }

    /** Push services want an https: or mailto: contact; the demo's http address is neither. */
    private static String contact(PushSettings settings, Site site) {
        if (!settings.contact().isBlank()) {
            return settings.contact();
        }
        return site.isServedOverHttps() ? site.baseUrl() : "mailto:webmaster@localhost";
    }

    PushService(VapidKeys keys, String contact, PushSettings settings, EndpointGuard guard, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        this.encryption = new PayloadEncryption(new SecureRandom());
        this.keys = keys;
        this.tokens = new Vapid.Tokens(keys, contact);
        this.requestTimeout = settings.requestTimeout();
        this.guard = guard;
        this.clock = clock;
    }

    /** Sends one message and waits for the answer (on a virtual thread, so waiting is cheap). */
    PushAnswer send(PushMessage message) {
        if (!guard.mayReach(message.endpoint())) {
            // the name now points somewhere private (it did not when the browser subscribed)
            return new PushAnswer(PushAnswer.Verdict.FAILED, 0, null);
        }
        byte[] body = encryption.encrypt(message.plaintext(), message.browserKey(), message.authSecret());
        HttpRequest.Builder request = HttpRequest.newBuilder(message.endpoint())
                .timeout(requestTimeout)
                .header("TTL", Long.toString(message.timeToLive().toSeconds()))
                .header("Urgency", message.urgency().header())
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", tokens.authorization(message.endpoint(), clock.instant()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (message.topic() != null) {
            request.header("Topic", message.topic());
        }
        if ("http".equalsIgnoreCase(message.endpoint().getScheme())) {
            // only the tests' and benchmark's local push services speak plain http; no h2c upgrade for them
            request.version(HttpClient.Version.HTTP_1_1);
        }
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return PushAnswer.of(response.statusCode(), retryAfter(response, clock.instant()));
        } catch (IOException e) {
            return PushAnswer.noAnswer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PushAnswer.noAnswer();
        }
    }

    VapidKeys keys() {
        return keys;
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110 section 10.2.3); null when absent or unreadable. */
    static Duration retryAfter(HttpResponse<?> response, Instant now) {
        return response.headers()
                .firstValue("Retry-After")
                .map(v -> parseRetryAfter(v, now))
                .orElse(null);
    }

    static Duration parseRetryAfter(String value, Instant now) {
        String text = value.strip();
        if (text.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                    .toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
