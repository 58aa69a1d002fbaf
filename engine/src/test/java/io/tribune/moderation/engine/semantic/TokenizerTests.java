package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Token ids as the Hugging Face tokenizers library gives them for the same tokenizer.json. */
class TokenizerTests {

    private static Tokenizer bert;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Tokenizer.class.getClassLoader().getResourceAsStream(ShippedEncoder.TOKENIZER_RESOURCE)) {
            bert = Tokenizer.parse(JsonMapper.builder().build().readTree(in), "shipped");
        }
    }

    @Test
    void bertWordPieceMatchesTheReferenceIds() {
        // [CLS] hello , world ! [SEP]
        assertThat(bert.encode("Hello, world!", 128).ids()).containsExactly(101, 7592, 1010, 2088, 999, 102);
        // accents are stripped and unknown words split into known pieces
        assertThat(bert.encode("Café", 128).ids()).containsExactly(101, 7668, 102);
    }

    @Test
    void truncatesToTheGivenLengthKeepingTheSpecialTokens() {
        long[] ids = bert.encode("one two three four five six seven", 5).ids();
        assertThat(ids).hasSize(5);
        assertThat(ids[0]).isEqualTo(101);
        assertThat(ids[4]).isEqualTo(102);
    }

    @Test
    void badInputGivesIdsNotErrors() {
        assertThat(bert.encode("", 128).ids()).containsExactly(101, 102);
        assertThat(bert.encode("\uD800 broken \uDFFF surrogates", 128).ids()).isNotEmpty();
        assertThat(bert.encode("😀😀😀", 128).ids()).hasSizeGreaterThan(2);
        assertThat(bert.encode("Привет мир مرحبا 你好", 128).ids()).hasSizeGreaterThan(2);
    }

    @Test
    void unigramSegmentsByTheMostProbablePieces(@TempDir Path dir) throws IOException {
        String json = """
                {"normalizer": null,
                 "pre_tokenizer": {"type": "Metaspace", "replacement": "\u2581"},
                 "post_processor": {"type": "TemplateProcessing",
                   "single": [{"SpecialToken": {"id": "<s>"}}, {"Sequence": {"id": "A"}}, {"SpecialToken": {"id": "</s>"}}],
                   "special_tokens": {"<s>": {"ids": [0]}, "</s>": {"ids": [2]}}},
                 "model": {"type": "Unigram", "unk_id": 3, "vocab": [
                   ["<s>", 0], ["<pad>", 0], ["</s>", 0], ["<unk>", 0],
                   ["\u2581hallo", -2], ["\u2581hal", -3], ["lo", -3], ["\u2581welt", -2], ["\u2581", -4], ["w", -5]]}}
                """;
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, json);
        Tokenizer unigram = Tokenizer.read(file);
        assertThat(unigram.encode("hallo welt", 64).ids()).containsExactly(0, 4, 7, 2);
        assertThat(unigram.encode("hallo wz", 64).ids()).containsExactly(0, 4, 8, 9, 3, 2);
    }

    @Test
    void anUnknownModelTypeIsNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, "{\"model\": {\"type\": \"BPE\", \"vocab\": {}}}");
        assertThatThrownBy(() -> Tokenizer.read(file))
                .isInstanceOf(EncoderException.class)
                .hasMessageContaining("tokenizer.json")
                .hasMessageContaining("BPE");
    }
}
