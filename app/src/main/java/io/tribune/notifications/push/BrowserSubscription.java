package io.tribune.notifications.push;

import java.net.URI;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser's push subscription as its {@code PushSubscription.toJSON()} gives it: the endpoint to post
 * messages to and the keys to encrypt them with, each checked before anything is stored.
 *
 * @param p256dh the browser's P-256 public key as sent (base64url)
 * @param auth the 16-byte auth secret as sent (base64url)
 */
public record BrowserSubscription(URI endpoint, String p256dh, String auth) {

    /** A subscription's JSON is a few hundred bytes; anything much longer is not one. */
    public static final int MAX_JSON = 4096;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Why a subscription was refused, as the key of the message the reader is shown. */
    public enum Problem {
        MALFORMED("push.error.malformed"),
        ENDPOINT("push.error.endpoint");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** The subscription, or the problem with it. */
    public sealed interface Parsed {}

    public record Valid(BrowserSubscription subscription) implements Parsed {}

    public record Invalid(Problem problem) implements Parsed {}

    static Parsed parse(String json, EndpointGuard guard) {
        if (json == null || json.isBlank() || json.length() > MAX_JSON) {
            return new Invalid(Problem.MALFORMED);
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            return new Invalid(Problem.MALFORMED);
        }
        if (tree == null || !tree.isObject()) {
            return new Invalid(Problem.MALFORMED);
        }
        JsonNode endpoint = tree.get("endpoint");
        JsonNode keys = tree.get("keys");
        if (endpoint == null || !endpoint.isString() || keys == null || !keys.isObject()) {
            return new Invalid(Problem.MALFORMED);
        }
        String p256dh = text(keys.get("p256dh"));
        String auth = text(keys.get("auth"));
        boolean isKeyValid = P256.fromBase64url(p256dh).flatMap(P256::decode).isPresent();
        boolean isAuthValid =
                P256.fromBase64url(auth).filter(a -> a.length == 16).isPresent();
        if (!isKeyValid || !isAuthValid) {
            return new Invalid(Problem.MALFORMED);
        }
        Optional<URI> checked = guard.check(endpoint.asString());
        return checked.<Parsed>map(uri -> new Valid(new BrowserSubscription(uri, p256dh, auth)))
                .orElseGet(() -> new Invalid(Problem.ENDPOINT));
    }

    ECPublicKey browserKey() {
        return P256.fromBase64url(p256dh).flatMap(P256::decode).orElseThrow();
    }

    byte[] authSecret() {
        return P256.fromBase64url(auth).orElseThrow();
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }
}
