package io.tribune.notifications.push;

import java.net.URI;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;

/**
 * One message for one browser, before encryption.
 *
 * @param browserKey the subscription's {@code p256dh} key
 * @param authSecret the subscription's {@code auth} secret, 16 bytes
 * @param topic replaces a message with the same topic that the push service still holds (RFC 8030
 *     section 5.4): at most 32 characters of the base64url alphabet, or null
 */
record PushMessage(
        URI endpoint,
        ECPublicKey browserKey,
        byte[] authSecret,
        byte[] plaintext,
        Duration timeToLive,
        Urgency urgency,
        String topic) {

    PushMessage {
        if (topic != null && !topic.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("a Topic is 1 to 32 base64url characters: " + topic);
        }
    }
}
