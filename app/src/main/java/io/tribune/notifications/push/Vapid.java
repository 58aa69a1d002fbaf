package io.tribune.notifications.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Voluntary application server identification (RFC 8292): an ES256 JSON Web Token naming the push
 * service's origin, an expiry and a contact, sent with the public key in the {@code Authorization}
 * header, so that a push service accepts messages only from the server a subscription was made for.
 */
final class Vapid {

    /** RFC 8292 allows at most 24 hours; 12 leaves room for clocks that disagree. */
    static final Duration LIFETIME = Duration.ofHours(12);

    /** A token is signed again once half its lifetime is gone, so a push service never sees one near expiry. */
    static final Duration REUSE = LIFETIME.dividedBy(2);

    private Vapid() {}

    /**
     * The tokens a sender has signed, one per push service origin, reused while young: a breaking-news
     * send to a hundred thousand browsers goes to a handful of push services, so signing once per
     * origin instead of once per message takes an ECDSA signature off nearly every message.
     */
    static final class Tokens {

        private record Signed(String authorization, Instant signedAt) {}

        private final VapidKeys keys;
        private final String contact;
        private final Map<String, Signed> byAudience = new ConcurrentHashMap<>();

        Tokens(VapidKeys keys, String contact) {
            this.keys = keys;
            this.contact = contact;
        }

        /** {@code vapid t=<token>, k=<public key>} for a message to {@code endpoint}, signed at most {@link #REUSE} ago. */
        String authorization(URI endpoint, Instant now) {
            String audience = audience(endpoint);
            Signed current = byAudience.get(audience);
            if (current == null || !now.isBefore(current.signedAt().plus(REUSE)) || now.isBefore(current.signedAt())) {
                current = new Signed(Vapid.authorization(keys, endpoint, contact, now), now);
                byAudience.put(audience, current);
            }
            return current.authorization();
        }
    }

    /** {@code vapid t=<token>, k=<public key>} for a message to {@code endpoint}. */
    static String authorization(VapidKeys keys, URI endpoint, String contact, Instant now) {
        String header = P256.base64url("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = "{\"aud\":\"" + audience(endpoint) + "\",\"exp\":"
                + now.plus(LIFETIME).getEpochSecond() + ",\"sub\":\"" + escape(contact) + "\"}";
        String signed = header + "." + P256.base64url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            // ES256 signatures are r || s, 64 bytes (RFC 7518 section 3.4), not DER
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign(keys.privateKey());
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return "vapid t=" + signed + "." + P256.base64url(signature.sign()) + ", k=" + keys.publicKeyText();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("VAPID signing failed", e);
        }
    }

    /** The push service's origin: scheme, host and a port other than the scheme's own. */
    static String audience(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        int port = endpoint.getPort();
        boolean isDefaultPort =
                port < 0 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + endpoint.getHost().toLowerCase(Locale.ROOT) + (isDefaultPort ? "" : ":" + port);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
