package io.tribune.moderation.engine.signals;

import java.util.Map;

/**
 * What a text says about its language.
 *
 * @param words the number of words left once links, numbers, mentions and quotations are set aside
 * @param likelihood lingua's value per candidate language, 1 for the most likely, lower for the others
 * @param votes function-word votes per language (see {@link FunctionWords#votes})
 * @param scripts letters per script: {@code latin}, {@code cyrillic}, {@code arabic}, {@code other}
 */
record LanguageEvidence(
        int words, Map<String, Double> likelihood, Map<String, Double> votes, Map<String, Integer> scripts) {

    static final LanguageEvidence NONE = new LanguageEvidence(0, Map.of(), Map.of(), Map.of());

    String top() {
        return likelihood.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    double likelihood(String language) {
        return likelihood.getOrDefault(language, 0.0);
    }

    double votes(String language) {
        return votes.getOrDefault(language, 0.0);
    }

    int letters() {
        return scripts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The share of letters written in the script, 0 when there are none. */
    double share(String script) {
        int letters = letters();
        return letters == 0 ? 0 : (double) scripts.getOrDefault(script, 0) / letters;
    }

    /** The language with the most function-word votes other than {@code except}, or null. */
    String bestVotedExcept(String except) {
        return votes.entrySet().stream()
                .filter(e -> !e.getKey().equals(except))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
