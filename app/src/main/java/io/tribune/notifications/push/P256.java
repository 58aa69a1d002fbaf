package io.tribune.notifications.push;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The NIST P-256 curve that Web Push uses for both its keys (RFC 8291, RFC 8292): points travel as 65
 * uncompressed bytes, base64url-encoded without padding, and every point from outside is checked to lie
 * on the curve before it is used.
 */
final class P256 {

    static final int POINT_BYTES = 65;
    static final ECParameterSpec CURVE = curve();

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private P256() {}

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no P-256", e);
        }
    }

    /** The public key as the 65 bytes 0x04 || x || y. */
    static byte[] encode(ECPublicKey key) {
        byte[] point = new byte[POINT_BYTES];
        point[0] = 4;
        System.arraycopy(fixed32(key.getW().getAffineX()), 0, point, 1, 32);
        System.arraycopy(fixed32(key.getW().getAffineY()), 0, point, 33, 32);
        return point;
    }

    /** The key of an uncompressed point, or empty when the bytes are not a point of the curve. */
    static Optional<ECPublicKey> decode(byte[] point) {
        if (point == null || point.length != POINT_BYTES || point[0] != 4) {
            return Optional.empty();
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        if (!isOnCurve(x, y)) {
            return Optional.empty();
        }
        try {
            var spec = new ECPublicKeySpec(new ECPoint(x, y), CURVE);
            return Optional.of((ECPublicKey) KeyFactory.getInstance("EC").generatePublic(spec));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    static String base64url(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }

    /** The bytes of base64url text (padded or not), or empty when it is not base64url. */
    static Optional<byte[]> fromBase64url(String text) {
        if (text == null || !text.matches("[A-Za-z0-9_-]*={0,2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(BASE64URL_DECODER.decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isOnCurve(BigInteger x, BigInteger y) {
        BigInteger p = ((ECFieldFp) CURVE.getCurve().getField()).getP();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(p);
        BigInteger right = x.pow(3)
                .add(CURVE.getCurve().getA().multiply(x))
                .add(CURVE.getCurve().getB())
                .mod(p);
        return left.equals(right);
    }

    /** A coordinate or private scalar as exactly 32 big-endian bytes. */
    static byte[] fixed32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static ECParameterSpec curve() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no P-256", e);
        }
    }
}
