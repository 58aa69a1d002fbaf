package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.RuleId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model folder that is missing or unusable stops the engine with an error naming the file (documented). */
class EncoderFolderTests {

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-model");
        assertThatThrownBy(() -> OnnxSentenceEncoder.open(missing, Set.of("en")))
                .isInstanceOf(EncoderException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aMissingModelFileIsNamed(@TempDir Path dir) throws IOException {
        copyTokenizer(dir);
        assertThatThrownBy(() -> OnnxSentenceEncoder.open(dir, Set.of("en")))
                .isInstanceOf(EncoderException.class)
                .hasMessageContaining(dir.resolve("model.onnx").toString())
                .hasMessageContaining("missing");
    }

    @Test
    void aCorruptModelFileIsNamed(@TempDir Path dir) throws IOException {
        copyTokenizer(dir);
        Files.write(dir.resolve("model.onnx"), "not a model at all".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> OnnxSentenceEncoder.open(dir, Set.of("en")))
                .isInstanceOf(EncoderException.class)
                .hasMessageContaining(dir.resolve("model.onnx").toString())
                .hasMessageContaining("not a usable ONNX model");
    }

    @Test
    void aCorruptTokenizerIsNamed(@TempDir Path dir) throws IOException {
        copyModel(dir);
        Files.writeString(dir.resolve("tokenizer.json"), "{ truncated");
        assertThatThrownBy(() -> OnnxSentenceEncoder.open(dir, Set.of("en")))
                .isInstanceOf(EncoderException.class)
                .hasMessageContaining(dir.resolve("tokenizer.json").toString());
    }

    @Test
    void anOperatorFolderLoadsThroughTheSamePath(@TempDir Path dir) throws IOException {
        copyModel(dir);
        copyTokenizer(dir);
        Files.writeString(dir.resolve("encoder.properties"), "name=copy\nlanguages=en, fr\n");
        try (OnnxSentenceEncoder encoder = OnnxSentenceEncoder.open(dir, null)) {
            assertThat(encoder.name()).isEqualTo("copy");
            assertThat(encoder.languages()).containsExactlyInAnyOrder("en", "fr");
            float[] a = encoder.encode("The weather is lovely today.");
            float[] b = ShippedEncoder.shared().encode("The weather is lovely today.");
            assertThat(SentenceEncoder.dot(a, b)).isGreaterThan(0.999);
        }
    }

    @Test
    void aFolderPrefixIsPutBeforeEveryText(@TempDir Path dir) throws IOException {
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Path prefixed = Files.createDirectory(dir.resolve("prefixed"));
        for (Path folder : List.of(plain, prefixed)) {
            copyModel(folder);
            copyTokenizer(folder);
        }
        Files.writeString(plain.resolve("encoder.properties"), "languages=en\n");
        // e5 models expect "query: " before a text; the trailing space is written escaped to survive editors.
        Files.writeString(prefixed.resolve("encoder.properties"), "languages=en\nprefix=query:\\u0020\n");
        try (OnnxSentenceEncoder withPrefix = OnnxSentenceEncoder.open(prefixed, null);
                OnnxSentenceEncoder without = OnnxSentenceEncoder.open(plain, null)) {
            float[] a = withPrefix.encode("The weather is lovely today.");
            assertThat(SentenceEncoder.dot(a, without.encode("query: The weather is lovely today.")))
                    .isGreaterThan(0.9999);
            assertThat(SentenceEncoder.dot(a, without.encode("The weather is lovely today.")))
                    .isLessThan(0.999);
        }
    }

    @Test
    void theEngineRefusesToStartOnAMissingFolderAndNamesIt(@TempDir Path dir) {
        Path missing = dir.resolve("models/e5");
        PolicyBook policies = policy("editions:\n  fr: { language: fr, encoder: { model: \"" + missing + "\" } }\n");
        assertThatThrownBy(() -> Engine.standard(EngineConfig.defaults().policies(policies)))
                .isInstanceOf(EncoderException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void headsOfAnotherDimensionAreRefusedWithAnInstructionToRetrain(@TempDir Path dir) throws IOException {
        SentenceEncoder tiny = new SentenceEncoder() {
            @Override
            public String name() {
                return "tiny";
            }

            @Override
            public Set<String> languages() {
                return Set.of("en");
            }

            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public float[] encode(String text) {
                return text.contains("bad") ? new float[] {1, 0, 0} : new float[] {0, 1, 0};
            }
        };
        List<Labelled> examples = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            examples.add(new Labelled("b" + i, "bad " + i, RuleId.HATE, null));
            examples.add(new Labelled("g" + i, "good " + i, null, null));
        }
        SemanticHeads heads = SemanticHeads.train(tiny, examples);
        assertThat(heads.probability(RuleId.HATE, tiny.encode("bad"))).isGreaterThan(0.8);
        assertThat(heads.probability(RuleId.HATE, tiny.encode("good"))).isLessThan(0.2);
        Path file = dir.resolve("heads-en.json");
        heads.save(file);
        assertThat(SemanticHeads.load(file, tiny).probability(RuleId.HATE, tiny.encode("bad")))
                .isCloseTo(
                        heads.probability(RuleId.HATE, tiny.encode("bad")), org.assertj.core.data.Offset.offset(1e-6));
        assertThatThrownBy(() -> SemanticHeads.load(file, ShippedEncoder.shared()))
                .isInstanceOf(EncoderException.class)
                .hasMessageContaining("dimension 3")
                .hasMessageContaining("384")
                .hasMessageContaining("retrain");
    }

    @Test
    void theEngineRefusesSavedHeadsOfAnotherDimension(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("semantic"));
        Files.writeString(
                dir.resolve("semantic/heads-en.json"), "{\"encoder\":\"other\",\"dimension\":768,\"heads\":{}}");
        PolicyBook policies = policy("editions:\n  en: { language: en }\n");
        assertThatThrownBy(() -> Engine.standard(
                        EngineConfig.defaults().policies(policies).dataDir(dir)))
                .isInstanceOf(EncoderException.class)
                .hasMessageContaining("heads-en.json")
                .hasMessageContaining("retrain");
    }

    static PolicyBook policy(String yaml) {
        return PolicyBook.withOverrides(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test policy");
    }

    private static void copyModel(Path dir) throws IOException {
        copy(ShippedEncoder.MODEL_RESOURCE, dir.resolve("model.onnx"));
    }

    private static void copyTokenizer(Path dir) throws IOException {
        copy(ShippedEncoder.TOKENIZER_RESOURCE, dir.resolve("tokenizer.json"));
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = EncoderFolderTests.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }
}
