package io.tribune.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.NodePushService.Subscription;
import io.tribune.support.PushServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Tribune's Web Push against an independent implementation: a push service in Node decrypts every
 * message with {@code http_ece} (RFC 8291 aes128gcm) and checks the VAPID token (RFC 8292) with Node's
 * crypto, and the RFC 8030 headers arrive as sent.
 */
class PushInteroperabilityTests {

    @RegisterExtension
    static final PushServer SERVICE = new PushServer();

    private static PushService push;
    private static VapidKeys keys;

    @BeforeAll
    static void aSenderWithKeysOfItsOwn() {
        KeyPair pair = P256.generate();
        keys = new VapidKeys((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
        push = new PushService(
                keys,
                "mailto:ops@tribune.example",
                PushTestSettings.local(),
                new EndpointGuard(true),
                Clock.systemUTC());
    }

    @AfterAll
    static void closeTheSender() {
        if (push != null) {
            push.close();
        }
    }

    @Test
    void anIndependentDecryptorReadsTheMessageAndAcceptsTheVapidToken() {
        Subscription subscription = SERVICE.node().subscribe();
        String text = "{\"title\":\"Breaking: «Tribune» — 東京 🌍\",\"body\":\"ثم\"}";

        PushAnswer answer = push.send(message(subscription, text.getBytes(StandardCharsets.UTF_8), "article-42"));

        assertThat(answer.verdict()).isEqualTo(PushAnswer.Verdict.DELIVERED);
        assertThat(answer.status()).isEqualTo(201);
        JsonNode received = only(SERVICE.node().receivedBy(subscription));
        assertThat(received.has("decryptError"))
                .as(String.valueOf(received.get("decryptError")))
                .isFalse();
        assertThat(received.get("payload").asString()).isEqualTo(text);
        assertThat(received.get("contentEncoding").asString()).isEqualTo("aes128gcm");
        assertThat(received.get("ttl").asString()).isEqualTo("3600");
        assertThat(received.get("urgency").asString()).isEqualTo("high");
        assertThat(received.get("topic").asString()).isEqualTo("article-42");
        JsonNode vapid = received.get("vapid");
        assertThat(vapid.get("alg").asString()).isEqualTo("ES256");
        assertThat(vapid.get("signatureValid").asBoolean()).isTrue();
        assertThat(vapid.get("audienceMatches").asBoolean())
                .as(vapid.toString())
                .isTrue();
        assertThat(vapid.get("expiryValid").asBoolean()).isTrue();
        assertThat(vapid.get("subjectValid").asBoolean()).isTrue();
        assertThat(vapid.get("claims").get("sub").asString()).isEqualTo("mailto:ops@tribune.example");
        assertThat(vapid.get("publicKey").asString()).isEqualTo(keys.publicKeyText());
    }

    @Test
    void theLargestPayloadFillsAtMostTheFourKilobytesEveryPushServiceAccepts() {
        Subscription subscription = SERVICE.node().subscribe();
        byte[] largest = "é".repeat(PayloadEncryption.MAX_PLAINTEXT / 2).getBytes(StandardCharsets.UTF_8);

        push.send(message(subscription, largest, null));

        JsonNode received = only(SERVICE.node().receivedBy(subscription));
        assertThat(received.get("payload").asString()).isEqualTo(new String(largest, StandardCharsets.UTF_8));
        assertThat(received.get("bodyLength").asInt()).isLessThanOrEqualTo(PayloadEncryption.MAX_BODY);
        assertThat(received.get("topic").isNull()).isTrue();
    }

    @Test
    void eachMessageIsEncryptedAfreshSoTwoEqualOnesDifferOnTheWire() {
        Subscription subscription = SERVICE.node().subscribe();
        byte[] text = "same".getBytes(StandardCharsets.UTF_8);
        var encryption = new PayloadEncryption(new java.security.SecureRandom());
        ECPublicKey browser =
                P256.fromBase64url(subscription.p256dh()).flatMap(P256::decode).orElseThrow();
        byte[] auth = P256.fromBase64url(subscription.auth()).orElseThrow();

        assertThat(encryption.encrypt(text, browser, auth)).isNotEqualTo(encryption.encrypt(text, browser, auth));
    }

    @Test
    void aKeyPairFromWebPushsGeneratorSignsTokensNodeAccepts() {
        JsonNode generated = SERVICE.node().vapidKeys();
        VapidKeys fromFile = VapidKeyStore.parse(
                        generated.get("publicKey").asString(),
                        generated.get("privateKey").asString())
                .orElseThrow();
        Subscription subscription = SERVICE.node().subscribe();
        try (var other = new PushService(
                fromFile,
                "https://tribune.example/",
                PushTestSettings.local(),
                new EndpointGuard(true),
                Clock.systemUTC())) {
            other.send(message(subscription, "x".getBytes(StandardCharsets.UTF_8), null));
        }

        JsonNode vapid = only(SERVICE.node().receivedBy(subscription)).get("vapid");
        assertThat(vapid.get("signatureValid").asBoolean()).isTrue();
        assertThat(vapid.get("publicKey").asString())
                .isEqualTo(generated.get("publicKey").asString());
    }

    @Test
    void aKeyPairWhoseHalvesDoNotBelongTogetherIsRefused() {
        JsonNode first = SERVICE.node().vapidKeys();
        JsonNode second = SERVICE.node().vapidKeys();

        assertThat(VapidKeyStore.parse(
                        first.get("publicKey").asString(),
                        second.get("privateKey").asString()))
                .isEmpty();
    }

    private static PushMessage message(Subscription subscription, byte[] plaintext, String topic) {
        return new PushMessage(
                URI.create(subscription.endpoint()),
                P256.fromBase64url(subscription.p256dh()).flatMap(P256::decode).orElseThrow(),
                P256.fromBase64url(subscription.auth()).orElseThrow(),
                plaintext,
                Duration.ofHours(1),
                Urgency.HIGH,
                topic);
    }

    private static JsonNode only(List<JsonNode> messages) {
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }
}
