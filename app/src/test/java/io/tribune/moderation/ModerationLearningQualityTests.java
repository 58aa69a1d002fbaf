package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quality figures: precision and recall of what the classifier expected, over a window of decisions. */
class ModerationLearningQualityTests {

    @Test
    void precisionAndRecallFollowTheDecisionsAsTheyComeIn() {
        PrequentialWindow window = new PrequentialWindow("en", 4);
        assertThat(window.quality().window()).isZero();

        window.record("ok", "spam");
        LearningQuality first = window.quality();
        assertThat(figures(first, "spam")).isEqualTo(new LearningQuality.Figures("spam", 1, 0, 0));
        assertThat(figures(first, "spam").precision()).isNull();
        assertThat(figures(first, "spam").recall()).isEqualTo(0.0);

        window.record("spam", "spam");
        window.record("spam", "ok");
        window.record("trolling", "spam");
        LearningQuality later = window.quality();
        assertThat(figures(later, "spam").precision()).isEqualTo(0.5);
        assertThat(figures(later, "spam").recall()).isEqualTo(1.0 / 3);
        assertThat(figures(later, "trolling")).isEqualTo(new LearningQuality.Figures("trolling", 0, 1, 0));
        assertThat(figures(later, LearningQuality.ANY_RULE))
                .isEqualTo(new LearningQuality.Figures(LearningQuality.ANY_RULE, 3, 3, 2));

        window.record("spam", "spam");
        LearningQuality windowed = window.quality();
        assertThat(windowed.window())
                .as("the oldest decision leaves the window")
                .isEqualTo(4);
        assertThat(windowed.learnt()).isEqualTo(5);
        assertThat(figures(windowed, "spam").recall()).isEqualTo(2.0 / 3);
    }

    @Test
    void whatTheClassifierExpectsIsItsLikeliestLabel() {
        assertThat(PrequentialWindow.expected(Map.of("ok", 0.3, "spam", 0.6, "hate", 0.1)))
                .isEqualTo("spam");
        assertThat(PrequentialWindow.expected(Map.of())).isNull();
    }

    private static LearningQuality.Figures figures(LearningQuality quality, String rule) {
        return quality.figures().stream()
                .filter(f -> f.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }
}
