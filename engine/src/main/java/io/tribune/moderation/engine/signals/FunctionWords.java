package io.tribune.moderation.engine.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The most frequent function words of each candidate language ("the", "und", "что"). They carry no topic,
 * so relatedness ignores them; and since every sentence needs them, which language's function words a
 * text uses is a second opinion on its language that names, loanwords and links do not sway.
 */
final class FunctionWords {

    static final List<String> LANGUAGES =
            List.of("en", "ru", "uk", "es", "pt", "it", "de", "nl", "fr", "pl", "tr", "ar");

    private final Map<String, Set<String>> byLanguage = new HashMap<>();
    private final Map<String, Integer> sharedBy = new HashMap<>();

    private FunctionWords() {}

    static FunctionWords builtIn() {
        FunctionWords words = new FunctionWords();
        for (String language : LANGUAGES) {
            try (InputStream in = FunctionWords.class.getResourceAsStream("stopwords/" + language + ".txt")) {
                Set<String> set = new HashSet<>();
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .forEach(l -> set.addAll(
                                List.of(l.strip().toLowerCase(Locale.ROOT).split("\\s+"))));
                words.byLanguage.put(language, set);
                set.forEach(w -> words.sharedBy.merge(w, 1, Integer::sum));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }

    boolean isFunctionWord(String language, String lowerCaseWord) {
        Set<String> set = byLanguage.get(language);
        return set != null && set.contains(lowerCaseWord);
    }

    /** Any language's function word: for relatedness, where a foreign "the" is no more a topic than ours. */
    boolean isAnyFunctionWord(String lowerCaseWord) {
        return sharedBy.containsKey(lowerCaseWord);
    }

    /**
     * Votes per language: each distinct function word in the text gives one vote, split among the
     * languages that share it ("de" counts for Spanish, French, Portuguese and Dutch alike). Words of one
     * letter do not vote: "u" and "y" are as often abbreviations or initials as words.
     */
    Map<String, Double> votes(List<String> lowerCaseWords) {
        Map<String, Double> votes = new HashMap<>();
        for (String word : new HashSet<>(lowerCaseWords)) {
            Integer shared = sharedBy.get(word);
            if (shared == null || word.codePointCount(0, word.length()) < 2) {
                continue;
            }
            for (Map.Entry<String, Set<String>> entry : byLanguage.entrySet()) {
                if (entry.getValue().contains(word)) {
                    votes.merge(entry.getKey(), 1.0 / shared, Double::sum);
                }
            }
        }
        return votes;
    }
}
