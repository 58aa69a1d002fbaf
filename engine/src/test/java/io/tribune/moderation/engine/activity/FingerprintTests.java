package io.tribune.moderation.engine.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTests {

    private static Fingerprint of(String text) {
        return Fingerprint.of(Gist.normalise(text));
    }

    @Test
    void identicalTextsAreFullySimilar() {
        assertThat(of("The bridge is a scandal.").similarity(of("the BRIDGE is a scandal!!")))
                .isEqualTo(1.0);
    }

    @Test
    void smallEditsStayAboveTheMobThresholdAndUnrelatedTextsFallFarBelow() {
        Fingerprint a = of("The new bridge is a scandal. Every councillor who backed it should step down!");
        Fingerprint b = of("This new bridge is a scandal. All councillors who backed it should step down now!");
        Fingerprint c = of("I cycle across the old bridge every morning and rather like the view.");
        assertThat(a.similarity(b)).isGreaterThan(0.5);
        assertThat(a.similarity(c)).isLessThan(0.2);
    }

    @Test
    void nearDuplicatesShareABandAndUnrelatedTextsDoNot() {
        Fingerprint a = of("Полностью поддерживаем решение мэрии! Рынок давно пора перенести.");
        Fingerprint b = of("Полностью поддерживаю решение мэрии, рынок давно пора перенести!");
        Fingerprint c = of("Кто-нибудь знает, когда откроют новую станцию метро?");
        Set<String> shared = new HashSet<>(a.bandKeys());
        shared.retainAll(b.bandKeys());
        assertThat(shared).isNotEmpty();
        Set<String> unrelated = new HashSet<>(a.bandKeys());
        unrelated.retainAll(c.bandKeys());
        assertThat(unrelated).isEmpty();
    }

    @Test
    void encodingRoundTrips() {
        Fingerprint a = of("Some text worth keeping for a while.");
        assertThat(Fingerprint.decode(a.encode())).isEqualTo(a);
        assertThat(Fingerprint.decode("not base64 at all!")).isEqualTo(Fingerprint.EMPTY);
        assertThat(Fingerprint.decode(null)).isEqualTo(Fingerprint.EMPTY);
    }

    @Test
    void aReadFingerprintComparesKeysAndEncodesAsTheOneWritten() {
        Fingerprint written = of("The council should publish the figures before the vote.");
        Fingerprint near = of("The council should publish the figures before the next vote.");
        Fingerprint read = Fingerprint.decode(written.encode());
        assertThat(read.similarity(near)).isEqualTo(written.similarity(near)).isGreaterThan(0.5);
        assertThat(near.similarity(Fingerprint.decode(written.encode()))).isEqualTo(near.similarity(written));
        assertThat(Fingerprint.decode(written.encode()).bandKeys()).isEqualTo(written.bandKeys());
        assertThat(Fingerprint.decode(written.encode()).encode()).isEqualTo(written.encode());
        assertThat(read.isEmpty()).isFalse();
    }

    @Test
    void anUnreadableStoredFingerprintIsSimilarToNothing() {
        Fingerprint written = of("The council should publish the figures before the vote.");
        String truncated = written.encode().substring(0, 40);
        assertThat(Fingerprint.decode(truncated).isEmpty()).isTrue();
        assertThat(Fingerprint.decode(truncated).similarity(written)).isZero();
        assertThat(written.similarity(Fingerprint.decode("***"))).isZero();
        assertThat(Fingerprint.decode("***").bandKeys()).isEmpty();
    }

    @Test
    void emptyTextIsSimilarToNothing() {
        assertThat(of("!!! 😀").isEmpty()).isTrue();
        assertThat(of("!!! 😀").similarity(of("!!! 😀"))).isZero();
        assertThat(of("").bandKeys()).isEmpty();
    }
}
