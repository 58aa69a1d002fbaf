package io.tribune.notifications.email;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.NotificationTopic;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens of unsubscribe links: the account and topic in clear, and an HMAC-SHA256 over both with
 * the site's key, so nobody can make a link for another reader or topic. They do not expire: a link in
 * an old letter must still work (RFC 8058); the harm a leaked one can do is to turn one topic off.
 */
final class UnsubscribeTokens {

    /** The whole token's shape: the account id, the topic, 32 bytes of MAC in base64url without padding. */
    private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]{0,17})\\.([A-Z_]{1,32})\\.([A-Za-z0-9_-]{43})");

    private final SecretKeySpec key;

    UnsubscribeTokens(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    String issue(AccountId account, NotificationTopic topic) {
        return account.value() + "." + topic.name() + "."
                + new String(encoded(mac(account, topic)), StandardCharsets.US_ASCII);
    }

    private static byte[] encoded(byte[] mac) {
        return Base64.getUrlEncoder().withoutPadding().encode(mac);
    }

    /** Who and what the token unsubscribes; empty for anything this site did not sign, or not in this shape. */
    Optional<Unsubscription> read(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Matcher parts = SHAPE.matcher(token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        Optional<NotificationTopic> topic = topic(parts.group(2));
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        var account = new AccountId(Long.parseLong(parts.group(1)));
        // the written form is compared, not the decoded bytes: four last characters decode alike, and
        // only the one this site wrote is its token. Constant time: how much of a forged MAC is right
        // must not show in how long the answer takes
        byte[] given = parts.group(3).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, encoded(mac(account, topic.get())))
                ? Optional.of(new Unsubscription(account, topic.get()))
                : Optional.empty();
    }

    private byte[] mac(AccountId account, NotificationTopic topic) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(
                    ("unsubscribe:" + account.value() + ":" + topic.name()).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static Optional<NotificationTopic> topic(String name) {
        try {
            return Optional.of(NotificationTopic.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One reader's topic to stop mailing about. */
    record Unsubscription(AccountId account, NotificationTopic topic) {}
}
