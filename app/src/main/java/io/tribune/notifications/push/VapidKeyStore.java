package io.tribune.notifications.push;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPrivateKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the VAPID key pair comes from: a key file the operator names, or else the database, where the
 * first node to start creates it (one row; a second node starting at the same moment reads the first
 * one's). Every subscription is tied to the public key it was made with, so the pair must outlive
 * restarts and be the same on every node.
 */
final class VapidKeyStore {

    private static final Logger log = LoggerFactory.getLogger(VapidKeyStore.class);

    private VapidKeyStore() {}

    static VapidKeys load(PushSettings settings, JdbcClient jdbc, Clock clock) {
        if (settings.vapidKeyFile() != null) {
            VapidKeys keys = fromFile(settings.vapidKeyFile());
            log.info("Web push signs with the VAPID key of {}", settings.vapidKeyFile());
            return keys;
        }
        return stored(jdbc).orElseGet(() -> create(jdbc, clock));
    }

    static VapidKeys fromFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "tribune.push.vapid-key-file " + file + " cannot be read: " + e.getMessage());
        }
        return parse(properties.getProperty("publicKey"), properties.getProperty("privateKey"))
                .orElseThrow(() -> new IllegalStateException("tribune.push.vapid-key-file " + file
                        + " must hold publicKey= and privateKey= of one P-256 key pair, base64url-encoded"));
    }

    /** The pair from its text form, when both halves are well-formed and belong together. */
    static Optional<VapidKeys> parse(String publicText, String privateText) {
        Optional<ECPublicKey> publicKey = P256.fromBase64url(publicText == null ? null : publicText.strip())
                .flatMap(P256::decode);
        Optional<byte[]> secret = P256.fromBase64url(privateText == null ? null : privateText.strip())
                .filter(bytes -> bytes.length == 32);
        if (publicKey.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        try {
            var spec = new ECPrivateKeySpec(new BigInteger(1, secret.get()), P256.CURVE);
            var privateKey = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(spec);
            VapidKeys keys = new VapidKeys(publicKey.get(), privateKey);
            return belongTogether(keys) ? Optional.of(keys) : Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    static String privateKeyText(ECPrivateKey key) {
        return P256.base64url(P256.fixed32(key.getS()));
    }

    private static Optional<VapidKeys> stored(JdbcClient jdbc) {
        return jdbc.sql("select public_key, private_key from push_vapid_key where id = 1")
                .query((row, n) -> parse(row.getString(1), row.getString(2))
                        .orElseThrow(
                                () -> new IllegalStateException("the VAPID key pair in push_vapid_key is damaged")))
                .optional();
    }

    private static VapidKeys create(JdbcClient jdbc, Clock clock) {
        KeyPair pair = P256.generate();
        VapidKeys keys = new VapidKeys((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
        try {
            jdbc.sql(
                            "insert into push_vapid_key (id, public_key, private_key, created_at) values (1, :public, :private, :now)")
                    .param("public", keys.publicKeyText())
                    .param("private", privateKeyText(keys.privateKey()))
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            log.info("Web push: created the site's VAPID key pair (kept in the database)");
            return keys;
        } catch (DuplicateKeyException anotherNodeFirst) {
            return stored(jdbc).orElseThrow();
        }
    }

    private static boolean belongTogether(VapidKeys keys) {
        try {
            byte[] probe = "tribune".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.privateKey());
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(keys.publicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
