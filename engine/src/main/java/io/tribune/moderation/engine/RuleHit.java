package io.tribune.moderation.engine;

import java.util.List;

/** A rule that fired for a comment, with the action the edition's policy maps it to. */
public record RuleHit(RuleId rule, double score, Action action, List<Evidence> evidence) {

    public RuleHit {
        evidence = List.copyOf(evidence);
    }

    public Verdict verdict() {
        return switch (action) {
            case REJECT -> Verdict.REJECT;
            case HOLD -> Verdict.HOLD;
            case FLAG -> Verdict.APPROVE;
        };
    }
}
