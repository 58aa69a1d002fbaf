package io.tribune.moderation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A learned score alone never rejects: it holds for a moderator unless a detector that is not learned agrees. */
class LearnedOnlyTests {

    private record Fixed(String name, RuleId rule, double score, boolean learned) implements Detector {
        @Override
        public Set<RuleId> rules() {
            return Set.of(rule);
        }

        @Override
        public void inspect(Screening screening, Report report) {
            report.add(new Finding(rule, score, List.of(new Evidence.Measure(name, score))));
        }
    }

    private static Decision screen(Detector... detectors) {
        Engine engine = Engine.with(EngineConfig.defaults(), List.of(detectors));
        return engine.screen(Comment.of("c1", "en", "Some comment.")).decision();
    }

    @Test
    void aLearnedScoreAloneHolds() {
        Decision decision = screen(new Fixed("semantic:hate", RuleId.HATE, 0.95, true));
        assertThat(decision.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(decision.holds()).contains("learned-only:hate");
        assertThat(decision.hits().getFirst().score()).isLessThan(0.6);
    }

    @Test
    void aLearnedScoreWithAgreeingEvidenceRejects() {
        Decision decision = screen(
                new Fixed("semantic:hate", RuleId.HATE, 0.95, true), new Fixed("lexicon", RuleId.HATE, 0.45, false));
        assertThat(decision.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(decision.holds()).doesNotContain("learned-only:hate");
    }

    @Test
    void twoLearnedScoresDoNotMakeARejection() {
        Decision decision = screen(
                new Fixed("semantic:hate", RuleId.HATE, 0.95, true),
                new Fixed("classifier:hate", RuleId.HATE, 0.9, true));
        assertThat(decision.verdict()).isEqualTo(Verdict.HOLD);
    }

    @Test
    void evidenceForAnotherRuleDoesNotAgree() {
        Decision decision = screen(
                new Fixed("semantic:hate", RuleId.HATE, 0.95, true),
                new Fixed("lexicon", RuleId.PROFANITY, 0.3, false));
        assertThat(decision.verdict()).isEqualTo(Verdict.HOLD);
    }

    @Test
    void aLearnedHoldStaysAHold() {
        Decision decision = screen(new Fixed("semantic:hate", RuleId.HATE, 0.5, true));
        assertThat(decision.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(decision.holds()).doesNotContain("learned-only:hate");
    }
}
