package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Action;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleHit;

/** Assertions shared by the tests of the built-in classifiers. */
final class LearnedHolds {

    private LearnedHolds() {}

    /**
     * Screens a comment with an engine of learned detectors alone and asserts that the rule is held (not rejected:
     * a learned score alone never rejects) on the measure of the named detector; returns the decision.
     */
    static Decision assertHeldFor(Engine learnedOnly, String edition, String text, String rule, String detector) {
        Decision decision =
                learnedOnly.screen(Comment.of("held", edition, text)).decision();
        RuleHit hit = decision.hits().stream()
                .filter(h -> h.rule().id().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + decision));
        assertThat(hit.evidence())
                .anySatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                Evidence.Measure.class,
                                m -> assertThat(m.name()).isEqualTo(detector + ":" + rule)));
        assertThat(hit.action()).as(decision.toString()).isEqualTo(Action.HOLD);
        return decision;
    }
}
