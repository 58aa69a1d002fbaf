package io.tribune.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPrivateKeySpec;
import org.junit.jupiter.api.Test;

class PayloadEncryptionTests {

    /** RFC 8291 appendix A. */
    @Test
    void encryptsTheExampleOfRfc8291ByteForByte() throws Exception {
        ECPublicKey senderPublic =
                point("BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8");
        PrivateKey senderPrivate = KeyFactory.getInstance("EC")
                .generatePrivate(new ECPrivateKeySpec(
                        new BigInteger(1, bytes("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw")), P256.CURVE));
        ECPublicKey browser =
                point("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4");

        byte[] body = PayloadEncryption.encrypt(
                "When I grow up, I want to be a watermelon".getBytes(StandardCharsets.US_ASCII),
                browser,
                bytes("BTBZMqHH6r4Tts7J_aSIgg"),
                new KeyPair(senderPublic, senderPrivate),
                bytes("DGv6ra1nlYgDCS1FRnbzlw"));

        assertThat(P256.base64url(body))
                .isEqualTo("DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYW"
                        + "AmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qul"
                        + "cy4a-fN");
    }

    @Test
    void refusesPlaintextThatWouldNotFitInFourKilobytes() {
        var encryption = new PayloadEncryption(new SecureRandom());
        ECPublicKey browser = (ECPublicKey) P256.generate().getPublic();

        assertThat(encryption.encrypt(new byte[PayloadEncryption.MAX_PLAINTEXT], browser, new byte[16]))
                .hasSize(PayloadEncryption.MAX_BODY);
        assertThatThrownBy(
                        () -> encryption.encrypt(new byte[PayloadEncryption.MAX_PLAINTEXT + 1], browser, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPointOffTheCurveIsNoKey() {
        byte[] point = P256.encode((ECPublicKey) P256.generate().getPublic());
        point[64] ^= 1;

        assertThat(P256.decode(point)).isEmpty();
        assertThat(P256.decode(new byte[65])).isEmpty();
        assertThat(P256.decode(new byte[33])).isEmpty();
        assertThat(P256.fromBase64url("not base64!")).isEmpty();
    }

    private static ECPublicKey point(String text) {
        return P256.decode(bytes(text)).orElseThrow();
    }

    private static byte[] bytes(String text) {
        return P256.fromBase64url(text).orElseThrow();
    }
}
