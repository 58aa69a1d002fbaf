package io.tribune.accounts.limits;

import io.tribune.accounts.core.AccountSettings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-hosted captcha. Its proof of work follows ALTCHA's v1 format, which the pinned widget
 * solves in the browser: the server picks a secret number, publishes SHA-256(salt + number) with an
 * HMAC signature, and the browser searches for the number. The salt names the form and the expiry,
 * so a solution works for that form only and only until it expires. Each challenge is used up by the
 * first answer to it, right or wrong, so it cannot be answered twice nor guessed at through the form.
 * There is no alternative without JavaScript: any question a person can read, a script reads as well
 * (a sum of two small numbers was guessed within 15 tries), so the forms say the check needs it.
 */
@Component
public class Captcha {

    private static final Logger log = LoggerFactory.getLogger(Captcha.class);
    static final Duration LIFETIME = Duration.ofMinutes(20);
    private static final int MAX_PAYLOAD = 2048;
    static final int MIN_SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxNumber;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Autowired
    Captcha(JdbcClient jdbc, Clock clock, AccountSettings settings) {
        this(jdbc, clock, settings.captcha().secret(), settings.captcha().maxNumber());
    }

    public Captcha(JdbcClient jdbc, Clock clock, String secret, int maxNumber) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxNumber = maxNumber;
        byte[] keyBytes;
        if (secret.isBlank()) {
            // fine for one node; several nodes must share TRIBUNE_CAPTCHA_SECRET so any node can verify
            log.warn("tribune.accounts.captcha.secret is not set: using a random key for this process only");
            keyBytes = new byte[32];
            random.nextBytes(keyBytes);
        } else {
            keyBytes = secret.getBytes(StandardCharsets.UTF_8);
            if (keyBytes.length < MIN_SECRET_BYTES) {
                // a short key can be guessed offline from one signed challenge, and then every captcha forged
                throw new IllegalStateException("TRIBUNE_CAPTCHA_SECRET (tribune.accounts.captcha.secret) must be at"
                        + " least " + MIN_SECRET_BYTES + " bytes; e.g. the output of: openssl rand -base64 48");
            }
        }
        this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
    }

    public CaptchaChallenge challenge(String form) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String salt = hex(randomBytes(12)) + "?expires=" + expires + "&form=" + form;
        int number = random.nextInt(maxNumber + 1);
        String challenge = sha256(salt + number);
        Map<String, Object> widget = new LinkedHashMap<>();
        widget.put("algorithm", "SHA-256");
        widget.put("challenge", challenge);
        widget.put("maxnumber", maxNumber);
        widget.put("salt", salt);
        widget.put("signature", hmac(challenge));
        return new CaptchaChallenge(json.writeValueAsString(widget));
    }

    /** True when the answer solves a live challenge of this form that was never answered before. */
    public boolean accept(String form, CaptchaAnswer answer) {
        String proof = answer == null ? null : answer.proof();
        if (proof == null || proof.isBlank() || proof.length() > MAX_PAYLOAD) {
            return false;
        }
        Solution solution;
        try {
            solution = json.readValue(Base64.getDecoder().decode(proof.strip()), Solution.class);
        } catch (RuntimeException e) {
            return false;
        }
        if (solution == null
                || !"SHA-256".equals(solution.algorithm())
                || solution.salt() == null
                || solution.challenge() == null
                || solution.signature() == null
                || solution.number() < 0
                || solution.number() > maxNumber) {
            return false;
        }
        Map<String, String> params = params(solution.salt());
        long expires = parseLong(params.get("expires"));
        if (!form.equals(params.get("form")) || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        if (!equal(hmac(solution.challenge()), solution.signature())) {
            return false;
        }
        // a challenge we issued is used up by its first answer, right or wrong
        return firstUse("p:" + solution.challenge(), expires)
                && equal(sha256(solution.salt() + solution.number()), solution.challenge());
    }

    private boolean firstUse(String challenge, long expires) {
        Instant now = clock.instant();
        jdbc.sql("delete from captcha_use where expires_at < ?")
                .param(Timestamp.from(now))
                .update();
        try {
            jdbc.sql("insert into captcha_use (challenge, expires_at) values (?, ?)")
                    .params(challenge, Timestamp.from(Instant.ofEpochSecond(expires)))
                    .update();
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    private static Map<String, String> params(String salt) {
        Map<String, String> params = new LinkedHashMap<>();
        int query = salt.indexOf('?');
        if (query < 0) {
            return params;
        }
        for (String pair : salt.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return params;
    }

    private static long parseLong(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean equal(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return hex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The widget's answer (ALTCHA v1 payload); {@code took} and other fields are ignored. */
    record Solution(String algorithm, String challenge, long number, String salt, String signature) {}
}
