package io.tribune.moderation.engine;

import java.util.Map;

/**
 * How one edition treats one rule.
 *
 * @param enabled whether the rule is checked at all
 * @param action what happens when a finding's score reaches {@code threshold}
 * @param threshold score from which {@code action} applies
 * @param holdThreshold score from which a finding below {@code threshold} is held for a moderator
 *     (1 or more: never)
 * @param showReason whether the commenter is told which rule was broken (kept silent e.g. for spam)
 * @param failClosed whether a failure of a detector of this rule holds the comment
 * @param params detector settings for this rule, e.g. {@code maxLinks}, {@code windowSeconds}
 */
public record RulePolicy(
        boolean enabled,
        Action action,
        double threshold,
        double holdThreshold,
        boolean showReason,
        boolean failClosed,
        Map<String, Double> params) {

    public RulePolicy {
        params = Map.copyOf(params);
    }

    public double param(String name, double fallback) {
        return params.getOrDefault(name, fallback);
    }

    /** The action for a finding with this score, or null when the score is below both thresholds. */
    public Action actionFor(double score) {
        if (score >= threshold) {
            return action;
        }
        if (score >= holdThreshold && action != Action.FLAG) {
            return Action.HOLD;
        }
        return null;
    }
}
