package io.tribune.notifications.push;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Browser subscriptions as the page's script and the service worker post them, on public endpoints
 * that need no name lookup, and what the tables then hold of them: the fixtures of the tests of
 * subscribing and renewing.
 */
final class PushFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    PushFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subscription's JSON as a browser sends it, with a fresh key of its own. */
    static String subscription(String endpoint) {
        return subscription(endpoint, browserKey());
    }

    static String subscription(String endpoint, String p256dh) {
        return "{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + p256dh
                + "\",\"auth\":\"" + P256.base64url(new byte[16]) + "\"}}";
    }

    static String browserKey() {
        return P256.base64url(P256.encode((ECPublicKey) P256.generate().getPublic()));
    }

    /** A public address literal: checking it needs no name lookup, which this machine could not do. */
    static String endpoint() {
        return "https://93.184.215.14/wpush/v2/test-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    List<String> topicsOf(String endpoint, String edition) {
        return jdbc.sql("select t.topic from push_topic t join push_subscription s on s.id = t.subscription_id"
                        + " where s.endpoint = ? and s.edition = ? order by t.topic")
                .params(endpoint, edition)
                .query(String.class)
                .list();
    }

    long count(String endpoint) {
        return jdbc.sql("select count(*) from push_subscription where endpoint = ?")
                .param(endpoint)
                .query(Long.class)
                .single();
    }
}
