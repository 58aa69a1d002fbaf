package io.tribune.moderation.engine.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of a Hugging Face {@code tokenizer.json} that sentence-transformers exports need, in plain
 * Java (no native library, nothing fetched): BERT WordPiece (lower-casing, accent stripping, punctuation
 * split) as in all-MiniLM-L6-v2, and SentencePiece Unigram with the Metaspace pre-tokenizer as in the
 * XLM-R based multilingual models. The special tokens around a sequence come from the file's
 * post-processor. Immutable and thread-safe.
 */
public final class Tokenizer {

    /** Token ids of one text, special tokens included, at most {@code maxTokens} long. */
    public record Encoding(long[] ids) {}

    private enum Kind {
        WORD_PIECE,
        UNIGRAM
    }

    private final Kind kind;
    private final Map<String, Integer> ids;
    private final double[] scores; // unigram log-probabilities by id
    private final int unknown;
    private final int[] prefix;
    private final int[] suffix;
    private final boolean lowercase;
    private final boolean stripAccents;
    private final String continuing;
    private final int maxWordChars;
    private final int maxPieceChars;

    private Tokenizer(
            Kind kind,
            Map<String, Integer> ids,
            double[] scores,
            int unknown,
            int[] prefix,
            int[] suffix,
            boolean lowercase,
            boolean stripAccents,
            String continuing,
            int maxWordChars) {
        this.kind = kind;
        this.ids = ids;
        this.scores = scores;
        this.unknown = unknown;
        this.prefix = prefix;
        this.suffix = suffix;
        this.lowercase = lowercase;
        this.stripAccents = stripAccents;
        this.continuing = continuing;
        this.maxWordChars = maxWordChars;
        int longest = 1;
        for (String piece : ids.keySet()) {
            longest = Math.max(longest, piece.length());
        }
        this.maxPieceChars = longest;
    }

    /** Reads a {@code tokenizer.json}; a file it cannot use is reported with its name and the reason. */
    public static Tokenizer read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(JsonMapper.builder().build().readTree(in), file.toString());
        } catch (IOException | JacksonException e) {
            throw new EncoderException(file + ": cannot read the tokenizer: " + e.getMessage(), e);
        }
    }

    static Tokenizer parse(JsonNode root, String name) {
        JsonNode model = root.path("model");
        String type = model.path("type").asString("");
        JsonNode normalizer = root.path("normalizer");
        boolean lowercase = normalizer.path("lowercase").asBoolean(false);
        JsonNode strip = normalizer.path("strip_accents");
        boolean stripAccents = strip.isBoolean() ? strip.asBoolean() : lowercase;
        Map<String, Integer> ids = new HashMap<>();
        double[] scores = null;
        int unknown;
        Kind kind;
        switch (type) {
            case "WordPiece" -> {
                kind = Kind.WORD_PIECE;
                model.path("vocab")
                        .properties()
                        .forEach(e -> ids.put(e.getKey(), e.getValue().asInt()));
                unknown = ids.getOrDefault(model.path("unk_token").asString("[UNK]"), -1);
            }
            case "Unigram" -> {
                kind = Kind.UNIGRAM;
                JsonNode vocab = model.path("vocab");
                scores = new double[vocab.size()];
                for (int i = 0; i < vocab.size(); i++) {
                    ids.putIfAbsent(vocab.get(i).get(0).asString(), i);
                    scores[i] = vocab.get(i).get(1).asDouble();
                }
                unknown = model.path("unk_id").asInt(-1);
                lowercase = false;
                stripAccents = false;
            }
            default ->
                throw new EncoderException(
                        name + ": tokenizer model type '" + type + "' is not supported (WordPiece or Unigram)");
        }
        if (ids.isEmpty() || unknown < 0) {
            throw new EncoderException(name + ": the tokenizer has no vocabulary or no unknown token");
        }
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        specialTokens(root.path("post_processor"), ids, before, after, name);
        return new Tokenizer(
                kind,
                Map.copyOf(ids),
                scores,
                unknown,
                before.stream().mapToInt(Integer::intValue).toArray(),
                after.stream().mapToInt(Integer::intValue).toArray(),
                lowercase,
                stripAccents,
                model.path("continuing_subword_prefix").asString("##"),
                model.path("max_input_chars_per_word").asInt(100));
    }

    /** The special tokens the post-processor puts before and after a single sequence. */
    private static void specialTokens(
            JsonNode processor, Map<String, Integer> ids, List<Integer> before, List<Integer> after, String name) {
        String type = processor.path("type").asString("");
        if (type.equals("TemplateProcessing")) {
            boolean seen = false;
            for (JsonNode part : processor.path("single")) {
                if (part.has("Sequence")) {
                    seen = true;
                } else if (part.has("SpecialToken")) {
                    String token = part.get("SpecialToken").path("id").asString();
                    JsonNode special =
                            processor.path("special_tokens").path(token).path("ids");
                    int id = special.isArray() && !special.isEmpty()
                            ? special.get(0).asInt()
                            : ids.getOrDefault(token, -1);
                    if (id < 0) {
                        throw new EncoderException(name + ": special token " + token + " has no id");
                    }
                    (seen ? after : before).add(id);
                }
            }
        } else if (type.equals("RobertaProcessing") || type.equals("BertProcessing")) {
            before.add(processor.path("cls").get(1).asInt());
            after.add(processor.path("sep").get(1).asInt());
        } else if (!type.isEmpty()) {
            throw new EncoderException(name + ": post-processor '" + type + "' is not supported");
        }
    }

    /** The ids of {@code text} with the special tokens, truncated to {@code maxTokens} in all. */
    public Encoding encode(String text, int maxTokens) {
        int room = Math.max(0, maxTokens - prefix.length - suffix.length);
        List<Integer> pieces = new ArrayList<>();
        if (kind == Kind.WORD_PIECE) {
            for (String word : bertWords(text)) {
                wordPiece(word, pieces);
                if (pieces.size() >= room) {
                    break;
                }
            }
        } else {
            for (String word : metaspaceWords(text)) {
                unigram(word, pieces);
                if (pieces.size() >= room) {
                    break;
                }
            }
        }
        int kept = Math.min(room, pieces.size());
        long[] out = new long[prefix.length + kept + suffix.length];
        int n = 0;
        for (int id : prefix) {
            out[n++] = id;
        }
        for (int i = 0; i < kept; i++) {
            out[n++] = pieces.get(i);
        }
        for (int id : suffix) {
            out[n++] = id;
        }
        return new Encoding(out);
    }

    // --- BERT ---

    private List<String> bertWords(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                clean.append(' ');
            } else if (isCjk(c)) {
                clean.append(' ').appendCodePoint(c).append(' ');
            } else {
                clean.appendCodePoint(c);
            }
        }
        String s = clean.toString();
        if (lowercase) {
            s = s.toLowerCase(Locale.ROOT);
        }
        if (stripAccents) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    b.append(c);
                }
            }
            s = b.toString();
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                flush(word, words);
            } else if (isPunctuation(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private void wordPiece(String word, List<Integer> out) {
        if (word.codePointCount(0, word.length()) > maxWordChars) {
            out.add(unknown);
            return;
        }
        int size = out.size();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = word.substring(start, end);
                if (start > 0) {
                    piece = continuing + piece;
                }
                found = ids.get(piece);
                if (found != null) {
                    break;
                }
                end--;
                if (end > start && Character.isLowSurrogate(word.charAt(end))) {
                    end--;
                }
            }
            if (found == null) {
                while (out.size() > size) {
                    out.remove(out.size() - 1);
                }
                out.add(unknown);
                return;
            }
            out.add(found);
            start = end;
        }
    }

    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    // --- SentencePiece Unigram ---

    private static List<String> metaspaceWords(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<String> words = new ArrayList<>();
        for (String word : s.trim().split("[\\s\\p{Z}\\p{Cc}]+")) {
            if (!word.isEmpty()) {
                words.add("\u2581" + word);
            }
        }
        return words;
    }

    /** Viterbi segmentation of one word into the most probable pieces; unknown chars become one unknown each. */
    private void unigram(String word, List<Integer> out) {
        int n = word.length();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        int[] piece = new int[n + 1];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            if (end < n && Character.isLowSurrogate(word.charAt(end))) {
                continue;
            }
            for (int start = Math.max(0, end - maxPieceChars); start < end; start++) {
                if (best[start] == Double.NEGATIVE_INFINITY || Character.isLowSurrogate(word.charAt(start))) {
                    continue;
                }
                Integer id = ids.get(word.substring(start, end));
                double score;
                int chosen;
                if (id != null) {
                    score = best[start] + scores[id];
                    chosen = id;
                } else if (word.codePointCount(start, end) == 1) {
                    score = best[start] + scores[unknown] - 10;
                    chosen = unknown;
                } else {
                    continue;
                }
                if (score > best[end]) {
                    best[end] = score;
                    from[end] = start;
                    piece[end] = chosen;
                }
            }
        }
        List<Integer> reversed = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            reversed.add(piece[end]);
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
            int id = reversed.get(i);
            if (id == unknown && !out.isEmpty() && out.get(out.size() - 1) == unknown) {
                continue; // SentencePiece fuses consecutive unknowns
            }
            out.add(id);
        }
    }
}
