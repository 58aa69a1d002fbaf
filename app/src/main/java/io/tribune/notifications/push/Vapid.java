package io.tribune.notifications.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Voluntary application server identification (RFC 8292): an ES256 JSON Web Token naming the push
 * service's origin, an expiry and a contact, sent with the public key in the {@code Authorization}
 * header, so that a push service accepts messages only from the server a subscription was made for.
 */
final class Vapid {

    /** RFC 8292 allows at most 24 hours; 12 leaves room for clocks that disagree. */
    static final Duration LIFETIME = Duration.ofHours(12);

    private Vapid() {}

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
