package io.tribune.moderation.engine.signals;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * lingua's low-accuracy score (the sum of the log probabilities of a text's distinct trigrams, backing
 * off to the bigram and the letter when a trigram is unknown), read from lingua's own model files into
 * one table keyed by the packed chars: one look-up per trigram for all languages, where lingua makes one
 * string-keyed look-up per trigram and language. The logarithms are lingua's, taken once at load, and
 * summed in lingua's order, so the scores are the same to the last bit (a test compares them).
 */
final class TrigramScorer {

    private static final float ABSENT = 1f;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Language[] languages;
    private final Table[] orders = new Table[3];

    TrigramScorer(Set<Language> languages) {
        this.languages = languages.toArray(Language[]::new);
        for (int length = 1; length <= 3; length++) {
            orders[length - 1] = Table.load(this.languages, length);
        }
    }

    /** The score of each of the candidate languages that knows at least one of the text's trigrams. */
    Map<Language, Float> scores(String cleaned, Set<Language> candidates) {
        Set<String> trigrams = new HashSet<>();
        for (int i = 0; i + 3 <= cleaned.length(); i++) {
            if (isLetters(cleaned, i)) {
                trigrams.add(cleaned.substring(i, i + 3));
            }
        }
        float[] sums = new float[languages.length];
        for (String trigram : trigrams) {
            int row3 = orders[2].row(trigram, 3);
            int row2 = -2;
            int row1 = -2;
            for (int l = 0; l < languages.length; l++) {
                float log = orders[2].log(row3, l);
                if (log == ABSENT) {
                    row2 = row2 == -2 ? orders[1].row(trigram, 2) : row2;
                    log = orders[1].log(row2, l);
                }
                if (log == ABSENT) {
                    row1 = row1 == -2 ? orders[0].row(trigram, 1) : row1;
                    log = orders[0].log(row1, l);
                }
                if (log != ABSENT) {
                    sums[l] += log;
                }
            }
        }
        Map<Language, Float> scores = new EnumMap<>(Language.class);
        for (int l = 0; l < languages.length; l++) {
            if (candidates.contains(languages[l]) && sums[l] < 0) {
                scores.put(languages[l], sums[l]);
            }
        }
        return scores;
    }

    /** lingua's {@code \p{L}+} test on the three chars from {@code i}. */
    private static boolean isLetters(String text, int i) {
        for (int k = i; k < i + 3; k++) {
            char c = text.charAt(k);
            if (Character.isSurrogate(c)) {
                return text.substring(i, i + 3).codePoints().allMatch(Character::isLetter);
            }
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /** An open-addressing table from packed n-grams to rows of per-language log probabilities. */
    private static final class Table {
        private final long[] keys;
        private final int[] rows;
        private final float[] logs;
        private final int width;
        private final int mask;

        private Table(long[] keys, int[] rows, float[] logs, int width) {
            this.keys = keys;
            this.rows = rows;
            this.logs = logs;
            this.width = width;
            this.mask = keys.length - 1;
        }

        static Table load(Language[] languages, int length) {
            List<Map<String, Float>> models = Arrays.stream(languages)
                    .map(language -> model(language, length))
                    .toList();
            Map<String, Integer> index = new HashMap<>();
            for (Map<String, Float> model : models) {
                for (String ngram : model.keySet()) {
                    if (ngram.length() == length) {
                        index.putIfAbsent(ngram, index.size());
                    }
                }
            }
            int capacity = Integer.highestOneBit(Math.max(4, index.size() * 2)) * 2;
            long[] keys = new long[capacity];
            int[] rows = new int[capacity];
            Arrays.fill(rows, -1);
            float[] logs = new float[index.size() * languages.length];
            Arrays.fill(logs, ABSENT);
            Table table = new Table(keys, rows, logs, languages.length);
            for (Map.Entry<String, Integer> entry : index.entrySet()) {
                table.put(pack(entry.getKey(), length), entry.getValue());
            }
            for (int l = 0; l < languages.length; l++) {
                for (Map.Entry<String, Float> entry : models.get(l).entrySet()) {
                    float p = entry.getValue();
                    if (entry.getKey().length() == length && p > 0) {
                        // lingua adds (float) ln(p) for a found n-gram: the same value, taken once
                        logs[index.get(entry.getKey()) * languages.length + l] = (float) Math.log(p);
                    }
                }
            }
            return table;
        }

        /** A model file as lingua reads it: {@code "numerator/denominator": "ngram ngram ..."}. */
        private static Map<String, Float> model(Language language, int length) {
            String name = switch (length) {
                case 1 -> "unigrams";
                case 2 -> "bigrams";
                default -> "trigrams";
            };
            String path = "/language-models/" + language.getIsoCode639_1().toString() + "/" + name + ".json";
            try (InputStream in = LanguageDetector.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("lingua has no model " + path);
                }
                Map<String, Float> model = new HashMap<>();
                JsonNode ngrams = JSON.readTree(in).path("ngrams");
                for (Map.Entry<String, JsonNode> group : ngrams.properties()) {
                    String fraction = group.getKey();
                    int slash = fraction.indexOf('/');
                    // lingua's own arithmetic: a float numerator over an int denominator
                    float p = Float.parseFloat(fraction.substring(0, slash))
                            / Integer.parseInt(fraction.substring(slash + 1));
                    for (String ngram : group.getValue().asString().split(" ")) {
                        model.put(ngram, p);
                    }
                }
                return model;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void put(long key, int row) {
            int slot = hash(key) & mask;
            while (rows[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            rows[slot] = row;
        }

        /** The row of the first {@code length} chars of the n-gram, or -1. */
        int row(String ngram, int length) {
            long key = pack(ngram, length);
            int slot = hash(key) & mask;
            while (rows[slot] >= 0) {
                if (keys[slot] == key) {
                    return rows[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        float log(int row, int language) {
            return row < 0 ? ABSENT : logs[row * width + language];
        }

        private static long pack(String ngram, int length) {
            long key = length;
            for (int i = 0; i < length; i++) {
                key = (key << 16) | ngram.charAt(i);
            }
            return key;
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
