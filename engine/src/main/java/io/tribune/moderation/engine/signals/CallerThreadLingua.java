package io.tribune.moderation.engine.signals;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * lingua's confidence values in low-accuracy mode, computed on the caller's thread with a faster table.
 * lingua 1.2 hands its single trigram task to the common fork-join pool and waits for it (a thread
 * hand-off per comment, a second core kept busy) and looks every trigram up once per language in a
 * string-keyed map: together about half the engine's processor time. The steps around the scoring are
 * lingua's own (its Kotlin-internal methods, public in the jar); a test compares the result with
 * lingua's public method, and a linkage failure after an upgrade falls back to that method.
 */
final class CallerThreadLingua {

    private static final int TRIGRAMS = 3;

    private final LanguageDetector detector;
    private final TrigramScorer scorer;
    private volatile boolean linked;

    CallerThreadLingua(LanguageDetector detector, Set<Language> languages) {
        this.detector = detector;
        TrigramScorer loaded;
        try {
            loaded = new TrigramScorer(languages);
        } catch (LinkageError | RuntimeException e) {
            loaded = null;
        }
        this.scorer = loaded;
        this.linked = loaded != null;
    }

    /** The relative confidence of each language (the likeliest is 1), as lingua's own method gives it. */
    Map<Language, Double> confidenceValues(String text) {
        if (linked) {
            try {
                return compute(text);
            } catch (LinkageError e) {
                linked = false;
            }
        }
        return detector.computeLanguageConfidenceValues(text);
    }

    private Map<Language, Double> compute(String text) {
        Map<Language, Double> values = new EnumMap<>(Language.class);
        String cleaned = detector.cleanUpInputText$lingua(text);
        if (!hasLetter(cleaned)) {
            return values;
        }
        List<String> words = detector.splitTextIntoWords$lingua(cleaned);
        Language byRules = detector.detectLanguageWithRules$lingua(words);
        if (byRules != Language.UNKNOWN) {
            values.put(byRules, 1.0);
            return values;
        }
        Set<Language> candidates = detector.filterLanguagesByRules$lingua(words);
        if (candidates.size() == 1) {
            values.put(candidates.iterator().next(), 1.0);
            return values;
        }
        if (cleaned.length() < TRIGRAMS) {
            return values;
        }
        Map<Language, Float> summed = scorer.scores(cleaned, candidates);
        if (summed.isEmpty()) {
            return values;
        }
        float highest = Float.NEGATIVE_INFINITY;
        for (float value : summed.values()) {
            highest = Math.max(highest, value);
        }
        for (Map.Entry<Language, Float> entry : summed.entrySet()) {
            values.put(entry.getKey(), (double) (highest / entry.getValue()));
        }
        return values;
    }

    /** lingua's "no letter" test ({@code ^[^\\p{L}]+$}), without its Kotlin regex. */
    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
