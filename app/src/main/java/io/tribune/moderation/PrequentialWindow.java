package io.tribune.moderation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The latest decisions of one edition, each with what the classifier expected before learning it: the
 * precision and recall of the learned classifier on the decisions it had not seen yet. Safe to read while
 * the learning thread records.
 */
final class PrequentialWindow {

    private record Pair(String expected, String made) {}

    private final String edition;
    private final int size;
    private final Deque<Pair> pairs = new ArrayDeque<>();
    private long learnt;

    PrequentialWindow(String edition, int size) {
        this.edition = edition;
        this.size = size;
    }

    /**
     * Records a decision: {@code made} is {@code ok} or the rule of a rejection; {@code expected} the label
     * the classifier found likeliest before learning it, or null when it had none to offer.
     */
    synchronized void record(String expected, String made) {
        learnt++;
        if (expected == null) {
            return;
        }
        pairs.addLast(new Pair(expected, made));
        if (pairs.size() > size) {
            pairs.removeFirst();
        }
    }

    /** The classifier's most probable label of these scores, or null for none. */
    static String expected(Map<String, Double> scores) {
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    synchronized LearningQuality quality() {
        TreeSet<String> rules = new TreeSet<>();
        for (Pair pair : pairs) {
            addRule(rules, pair.expected());
            addRule(rules, pair.made());
        }
        List<LearningQuality.Figures> figures = new ArrayList<>();
        for (String rule : rules) {
            figures.add(figures(rule, rule::equals));
        }
        figures.add(figures(LearningQuality.ANY_RULE, label -> !label.equals(ModeratorDecisions.OK)));
        return new LearningQuality(edition, pairs.size(), learnt, figures);
    }

    private static void addRule(TreeSet<String> rules, String label) {
        if (!label.equals(ModeratorDecisions.OK)) {
            rules.add(label);
        }
    }

    private LearningQuality.Figures figures(String rule, Predicate<String> counts) {
        int rejected = 0;
        int foreseen = 0;
        int right = 0;
        for (Pair pair : pairs) {
            boolean made = counts.test(pair.made());
            boolean expected = counts.test(pair.expected());
            rejected += made ? 1 : 0;
            foreseen += expected ? 1 : 0;
            right += made && expected ? 1 : 0;
        }
        return new LearningQuality.Figures(rule, rejected, foreseen, right);
    }
}
