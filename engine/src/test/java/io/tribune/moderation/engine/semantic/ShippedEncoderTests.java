package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model loads from its jar through the folder path, with nothing fetched, and encodes meaning. */
class ShippedEncoderTests {

    private static OnnxSentenceEncoder encoder;

    @BeforeAll
    static void open() {
        encoder = ShippedEncoder.open();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void describesItself() {
        assertThat(encoder.name()).isEqualTo(ShippedEncoder.NAME);
        assertThat(encoder.dimension()).isEqualTo(384);
        assertThat(encoder.covers("en")).isTrue();
        assertThat(encoder.covers("de")).isFalse();
    }

    @Test
    void embeddingsAreUnitLength() {
        float[] v = encoder.encode("The council approved the new bus lanes.");
        assertThat(SentenceEncoder.dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[] a = encoder.encode("The cat is sitting on the mat.");
        float[] b = encoder.encode("A cat sits on a rug.");
        float[] c = encoder.encode("Interest rates will rise again next quarter.");
        assertThat(SentenceEncoder.dot(a, b)).isGreaterThan(0.6);
        assertThat(SentenceEncoder.dot(a, c)).isLessThan(0.2);
    }

    @Test
    void longTextsAreTruncatedNotRefused() {
        String longText = "word ".repeat(200_000);
        long started = System.nanoTime();
        float[] v = encoder.encode(longText);
        assertThat(v).hasSize(384);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }
}
