package io.tribune.moderation.engine;

import java.util.List;
import java.util.Optional;

/**
 * The engine's answer for one comment: the verdict, every rule that fired with its score, action and
 * evidence, the detected language, the message for the commenter and the policy version applied.
 *
 * @param holds reasons to hold that are not rules: the author's trust level, a detector that failed
 *     (fail closed), a text too long to screen whole
 */
public record Decision(
        String commentId,
        String edition,
        Verdict verdict,
        List<RuleHit> hits,
        String language,
        String message,
        String policyVersion,
        List<String> holds,
        long micros) {

    public Decision {
        hits = List.copyOf(hits);
        holds = List.copyOf(holds);
    }

    /** The hit that decided the verdict: the first one whose action gives the verdict, if any. */
    public Optional<RuleHit> primary() {
        return hits.stream().filter(h -> h.verdict() == verdict).findFirst();
    }

    public boolean hit(RuleId rule) {
        return hits.stream().anyMatch(h -> h.rule() == rule);
    }
}
