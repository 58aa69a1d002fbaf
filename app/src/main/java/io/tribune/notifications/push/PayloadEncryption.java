package io.tribune.notifications.push;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.util.BigIntegers;

/**
 * Message encryption for Web Push (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188): a
 * fresh P-256 key and salt per message, one record, so what a push service carries is readable only by
 * the browser holding the subscription's private key and auth secret. The key pair and the ECDH agreement
 * come from Bouncy Castle's lightweight API (already on the class path for password hashing): the JDK's
 * agreement checks the browser's point by multiplying it by the group order, a second scalar
 * multiplication per message that P-256 (cofactor 1) does not need once the point is known to be on the
 * curve, which {@link P256#decode} and Bouncy Castle both check. HKDF and AES-GCM stay the JDK's.
 */
final class PayloadEncryption {

    /** A push service must accept at least this many bytes of body (RFC 8030 section 7.2). */
    static final int MAX_BODY = 4096;

    private static final int SALT = 16;
    private static final int TAG = 16;
    private static final int RECORD_SIZE = 4096;
    private static final int HEADER = SALT + 4 + 1 + P256.POINT_BYTES;
    /** The most plaintext that fits into {@link #MAX_BODY} bytes: one record with its delimiter and tag. */
    static final int MAX_PLAINTEXT = MAX_BODY - HEADER - 1 - TAG;

    private static final byte[] KEY_INFO = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CEK_INFO = "Content-Encoding: aes128gcm\0\1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONCE_INFO = "Content-Encoding: nonce\0\1".getBytes(StandardCharsets.US_ASCII);

    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CustomNamedCurves.getByName("secp256r1"));

    private final SecureRandom random;

    PayloadEncryption(SecureRandom random) {
        this.random = random;
    }

    /**
     * The body of a push message for the browser whose subscription has {@code browserKey} and
     * {@code authSecret}; {@code plaintext} must not exceed {@link #MAX_PLAINTEXT} bytes.
     */
    byte[] encrypt(byte[] plaintext, ECPublicKey browserKey, byte[] authSecret) {
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a push message holds at most " + MAX_PLAINTEXT + " bytes");
        }
        byte[] salt = new byte[SALT];
        random.nextBytes(salt);
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(DOMAIN, random));
        AsymmetricCipherKeyPair sender = generator.generateKeyPair();
        return encrypt(
                plaintext,
                browserKey,
                authSecret,
                ((ECPrivateKeyParameters) sender.getPrivate()).getD(),
                ((ECPublicKeyParameters) sender.getPublic()).getQ().getEncoded(false),
                salt);
    }

    /** With a given sender key and salt: the test vectors of RFC 8291 section 5 fix both. */
    static byte[] encrypt(byte[] plaintext, ECPublicKey browserKey, byte[] authSecret, KeyPair sender, byte[] salt) {
        return encrypt(
                plaintext,
                browserKey,
                authSecret,
                ((ECPrivateKey) sender.getPrivate()).getS(),
                P256.encode((ECPublicKey) sender.getPublic()),
                salt);
    }

    private static byte[] encrypt(
            byte[] plaintext,
            ECPublicKey browserKey,
            byte[] authSecret,
            BigInteger senderSecret,
            byte[] senderPoint,
            byte[] salt) {
        try {
            byte[] browserPoint = P256.encode(browserKey);
            // decodePoint and the parameters refuse a point off the curve or at infinity
            var browser = new ECPublicKeyParameters(DOMAIN.getCurve().decodePoint(browserPoint), DOMAIN);
            ECDHBasicAgreement agreement = new ECDHBasicAgreement();
            agreement.init(new ECPrivateKeyParameters(senderSecret, DOMAIN));
            byte[] sharedSecret = BigIntegers.asUnsignedByteArray(32, agreement.calculateAgreement(browser));

            byte[] prkKey = hmac(authSecret, sharedSecret);
            byte[] ikm = hmac(prkKey, concat(KEY_INFO, browserPoint, senderPoint, new byte[] {1}));
            byte[] prk = hmac(salt, ikm);
            byte[] cek = Arrays.copyOf(hmac(prk, CEK_INFO), 16);
            byte[] nonce = Arrays.copyOf(hmac(prk, NONCE_INFO), 12);

            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(TAG * 8, nonce));
            // the last (and only) record ends with the delimiter 2 and no padding
            byte[] record = cipher.doFinal(concat(plaintext, new byte[] {2}));

            return ByteBuffer.allocate(HEADER + record.length)
                    .put(salt)
                    .putInt(RECORD_SIZE)
                    .put((byte) P256.POINT_BYTES)
                    .put(senderPoint)
                    .put(record)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Web Push encryption failed", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            buffer.put(part);
        }
        return buffer.array();
    }
}
