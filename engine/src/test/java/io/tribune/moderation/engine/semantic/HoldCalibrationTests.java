package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Action;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.RulePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hold thresholds calibrated with the heads: stored with them, used by default, overridden by the policy. */
class HoldCalibrationTests {

    private static RulePolicy rule(Map<String, Double> params) {
        return new RulePolicy(true, Action.REJECT, 0.8, 0.5, true, false, params);
    }

    @Test
    void theCalibratedThresholdHoldsUnlessThePolicySetsOne() {
        assertThat(SemanticDetector.score(rule(Map.of()), 0.6, 0.7)).isEmpty();
        assertThat(SemanticDetector.score(rule(Map.of()), 0.75, 0.7)).isPresent();
        assertThat(SemanticDetector.score(rule(Map.of("semanticHold", 0.55)), 0.6, 0.7))
                .isPresent();
    }

    /** A rule whose action is to hold has no hold range below it: the head holds from its threshold on. */
    @Test
    void aHoldRuleWithoutAHoldRangeHoldsFromTheThreshold() {
        RulePolicy hold = new RulePolicy(true, Action.HOLD, 0.5, 1.01, true, false, Map.of("semanticHold", 0.6));
        assertThat(SemanticDetector.score(hold, 0.59, 0.5)).isEmpty();
        assertThat(hold.actionFor(SemanticDetector.score(hold, 0.6, 0.5).orElseThrow()))
                .isEqualTo(Action.HOLD);
        assertThat(hold.actionFor(SemanticDetector.score(hold, 0.99, 0.5).orElseThrow()))
                .isEqualTo(Action.HOLD);
        RulePolicy reject = new RulePolicy(true, Action.REJECT, 0.5, 1.01, true, false, Map.of());
        assertThat(SemanticDetector.score(reject, 0.99, 0.5)).isEmpty();
    }

    /**
     * A held hate comment scored 0.41-0.49 is not one the head holds below its threshold: the score is on
     * the policy's scale, where the head's threshold (0.5) lands on the rule's {@code holdThreshold} (0.4).
     */
    @Test
    void aHeadHoldsFromItsOwnThresholdWhateverThePolicysHoldScore() {
        RulePolicy hate = io.tribune.moderation.engine.PolicyBook.defaults()
                .policyFor("en")
                .rule(RuleId.HATE);
        assertThat(SemanticDetector.score(hate, 0.499, 0.5)).isEmpty();
        assertThat(SemanticDetector.score(hate, 0.5, 0.5))
                .hasValueSatisfying(
                        s -> assertThat(s).isEqualTo(hate.holdThreshold(), org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(SemanticDetector.score(hate, 0.55, 0.5))
                .hasValueSatisfying(s -> assertThat(s).isBetween(hate.holdThreshold(), 0.5));
        assertThat(hate.actionFor(SemanticDetector.score(hate, 0.55, 0.5).orElseThrow()))
                .isEqualTo(Action.HOLD);
    }

    @Test
    void theShippedHeadsCarryThresholdsBetweenTheDefaultAndTheRejectPoint() {
        SemanticHeads heads = SemanticDetectors.builtInHeads(ShippedEncoder.shared(), "en");
        for (RuleId rule : heads.rules()) {
            assertThat(heads.calibration(rule)).as("%s", rule).isPresent();
            assertThat(heads.hold(rule)).as("%s", rule).isBetween(SemanticHeads.DEFAULT_HOLD, SemanticHeads.MAX_HOLD);
            assertThat(heads.calibration(rule).orElseThrow().cleanHeld())
                    .as("%s: acceptable examples held out of fold", rule)
                    .isLessThanOrEqualTo(SemanticHeads.CLEAN_HELD);
        }
    }

    @Test
    void savedHeadsKeepTheirThresholds(@TempDir Path dir) throws IOException {
        SentenceEncoder encoder = ShippedEncoder.shared();
        SemanticHeads heads = SemanticDetectors.builtInHeads(encoder, "en");
        Path file = dir.resolve("heads.json");
        heads.save(file);
        SemanticHeads read = SemanticHeads.load(file, encoder);
        for (RuleId rule : heads.rules()) {
            assertThat(read.hold(rule)).as("%s", rule).isEqualTo(heads.hold(rule));
        }
        Files.writeString(file, Files.readString(file).replaceAll("\"hold\":[0-9.]+,?", ""));
        SemanticHeads old = SemanticHeads.load(file, encoder);
        assertThat(old.hold(RuleId.HATE)).isEqualTo(SemanticHeads.DEFAULT_HOLD);
    }
}
