package io.tribune.moderation.engine.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The index keys of the activity store; long values are hashed so every key fits a database column. */
final class Keys {

    static final int MAX_LENGTH = 200;

    private Keys() {}

    static String author(String author) {
        return bounded("author:" + author);
    }

    static String address(String address) {
        return bounded("address:" + address);
    }

    static String network(String network) {
        return bounded("network:" + network);
    }

    static String band(String edition, String band) {
        return bounded("band:" + edition + ":" + band);
    }

    /** The value itself when it has at most {@code max} chars, else a digest of it (71 chars). */
    static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String bounded(String key) {
        if (key.length() <= MAX_LENGTH) {
            return key;
        }
        int kind = key.indexOf(':') + 1;
        return key.substring(0, kind) + fit(key.substring(kind), 0);
    }
}
