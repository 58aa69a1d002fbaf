package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FeaturesTests {

    @Test
    void caseAccentsWidthAndDigitsDoNotChangeTheFeatures() {
        assertThat(ids("Café opens 2024")).isEqualTo(ids("CAFE OPENS 1999"));
        assertThat(ids("ｆｒｅｅ prize")).isEqualTo(ids("free prize"));
    }

    @Test
    void differentWordsGiveDifferentFeatures() {
        assertThat(ids("free prize")).isNotEqualTo(ids("fine print"));
    }

    @Test
    void linksAndEmailsBecomeTokensSpanningTheOriginalText() {
        String text = "Order at cheap-pills.example/buy or mail sales@shop.example today";
        Features features = Features.of(text);
        List<String> links = new ArrayList<>();
        for (int t = 0; t < features.tokenCount(); t++) {
            if (features.tokenKind(t) == Features.LINK) {
                links.add(text.substring(features.tokenFrom(t), features.tokenTo(t)));
            }
        }
        assertThat(links).containsExactly("cheap-pills.example/buy", "sales@shop.example");
    }

    @Test
    void sentenceEndingsAreNotMistakenForLinks() {
        assertThat(Links.kindOf("It ended.Then we left", 3, 13)).isEqualTo(Links.Kind.NONE);
        assertThat(Links.kindOf("see https://www.who.int/news", 4, 28)).isEqualTo(Links.Kind.URL);
    }

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String text = "  Ｈｅｌｌｏ, wörld! 😂";
        Features features = Features.of(text);
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < features.tokenCount(); t++) {
            tokens.add(text.substring(features.tokenFrom(t), features.tokenTo(t)));
        }
        assertThat(tokens).containsExactly("Ｈｅｌｌｏ", "wörld", "!", "😂");
    }

    @Test
    void featuresHaveUnitLength() {
        Features features = Features.of("Claim your prize now");
        double sum = 0;
        for (int i = 0; i < features.size(); i++) {
            sum += features.value(i) * features.value(i);
        }
        assertThat(sum).isCloseTo(1.0, Offset.offset(1e-4));
    }

    @Test
    void aRepeatedWordCountsOnceWithItsTotalWeight() {
        Features features = Features.of("the costs the costs the costs the costs of the bridge");
        Map<Integer, Double> vector = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            vector.merge(features.id(i), (double) features.value(i), Double::sum);
        }
        assertThat(vector).hasSize(features.size());
        double sum = vector.values().stream().mapToDouble(v -> v * v).sum();
        assertThat(sum).isCloseTo(1.0, Offset.offset(1e-4));
    }

    private static List<Integer> ids(String text) {
        Features features = Features.of(text);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            ids.add(features.id(i));
        }
        return ids;
    }
}
