package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.EncoderChoice;
import java.nio.file.Path;

/**
 * The encoder the quality reports measure: the shipped one, or the model folder named by the system
 * property {@code tribune.encoder} ({@code bench/quality.sh --encoder FOLDER}), so that another model is
 * measured with the same tools before it is shipped. The folder's encoder takes the shipped one's place in
 * the standard engine; its built-in heads are trained at start unless the resources hold heads for its name.
 */
public final class EncoderUnderTest {

    public static final String PROPERTY = "tribune.encoder";

    private static volatile SentenceEncoder folder;

    private EncoderUnderTest() {}

    /** One instance per process, as {@link ShippedEncoder#shared()}. */
    public static SentenceEncoder shared() {
        String model = System.getProperty(PROPERTY, "");
        if (model.isBlank()) {
            return ShippedEncoder.shared();
        }
        SentenceEncoder encoder = folder;
        if (encoder == null) {
            synchronized (EncoderUnderTest.class) {
                encoder = folder;
                if (encoder == null) {
                    encoder = OnnxSentenceEncoder.open(Path.of(model), null);
                    folder = encoder;
                }
            }
        }
        return encoder;
    }

    /** A setup in which every edition on the shipped model uses {@code encoder} instead. */
    public static SemanticSetup setup(SentenceEncoder encoder) {
        return new SemanticSetup().encoder(EncoderChoice.SHIPPED_MODEL, encoder);
    }

    public static SemanticSetup setup() {
        return setup(shared());
    }
}
