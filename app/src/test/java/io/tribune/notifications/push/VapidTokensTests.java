package io.tribune.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A sender signs one VAPID token per push service origin and reuses it while it is young; a token
 * for one origin is never sent to another, and one past half its lifetime is signed again.
 */
class VapidTokensTests {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private final KeyPair pair = P256.generate();
    private final VapidKeys keys = new VapidKeys((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
    private final Vapid.Tokens tokens = new Vapid.Tokens(keys, "mailto:desk@example.org");

    @Test
    void messagesToOnePushServiceShareOneTokenWhileItIsYoung() {
        String first = tokens.authorization(URI.create("https://push.example.net/a"), NOW);
        String later = tokens.authorization(
                URI.create("https://push.example.net/b"), NOW.plus(Vapid.REUSE).minusSeconds(1));

        assertThat(later).isEqualTo(first);
        assertThat(claims(first)).contains("\"aud\":\"https://push.example.net\"");
        assertThat(isSignedBy(first, keys)).isTrue();
    }

    @Test
    void anotherPushServiceGetsATokenNamingItself() {
        String one = tokens.authorization(URI.create("https://push.example.net/a"), NOW);
        String other = tokens.authorization(URI.create("https://updates.example.com:8443/b"), NOW);

        assertThat(other).isNotEqualTo(one);
        assertThat(claims(other)).contains("\"aud\":\"https://updates.example.com:8443\"");
        assertThat(claims(one)).contains("\"aud\":\"https://push.example.net\"");
    }

    @Test
    void aTokenHalfwayThroughItsLifetimeIsSignedAgainWithALaterExpiry() {
        String first = tokens.authorization(URI.create("https://push.example.net/a"), NOW);
        String renewed = tokens.authorization(URI.create("https://push.example.net/a"), NOW.plus(Vapid.REUSE));

        assertThat(renewed).isNotEqualTo(first);
        assertThat(claims(renewed))
                .contains(
                        "\"exp\":" + NOW.plus(Vapid.REUSE).plus(Vapid.LIFETIME).getEpochSecond());
        assertThat(isSignedBy(renewed, keys)).isTrue();
    }

    @Test
    void aClockThatWentBackIsNotGivenATokenFromItsFuture() {
        String future = tokens.authorization(URI.create("https://push.example.net/a"), NOW.plusSeconds(3600));
        String now = tokens.authorization(URI.create("https://push.example.net/a"), NOW);

        assertThat(now).isNotEqualTo(future);
        assertThat(claims(now)).contains("\"exp\":" + NOW.plus(Vapid.LIFETIME).getEpochSecond());
    }

    private static String token(String authorization) {
        return authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
    }

    private static String claims(String authorization) {
        return new String(Base64.getUrlDecoder().decode(token(authorization).split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static boolean isSignedBy(String authorization, VapidKeys keys) {
        String[] parts = token(authorization).split("\\.");
        try {
            Signature check = Signature.getInstance("SHA256withECDSAinP1363Format");
            check.initVerify(keys.publicKey());
            check.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return check.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}
