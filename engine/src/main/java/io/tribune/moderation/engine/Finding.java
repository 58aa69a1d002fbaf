package io.tribune.moderation.engine;

import java.util.List;

/** One detector's claim that a rule applies, with a score in [0,1] and its evidence. */
public record Finding(RuleId rule, double score, List<Evidence> evidence) {

    public Finding {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score is NaN for " + rule);
        }
        score = Math.max(0, Math.min(1, score));
        evidence = List.copyOf(evidence);
    }

    public static Finding of(RuleId rule, double score, Evidence... evidence) {
        return new Finding(rule, score, List.of(evidence));
    }
}
