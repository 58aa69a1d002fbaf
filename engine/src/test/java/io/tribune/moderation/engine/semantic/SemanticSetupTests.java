package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.EncoderChoice;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.RuleId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An engine is built again whenever an edition's policy is saved; the semantic heads it trains on the
 * moderators' decisions are trained again only when those decisions changed (training takes seconds to
 * minutes of CPU, and the heads would come out the same).
 */
class SemanticSetupTests {

    /** Eight numbers drawn from the text's hash, counting the texts it embeds. */
    static final class CountingEncoder implements SentenceEncoder {

        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public Set<String> languages() {
            return Set.of("en");
        }

        @Override
        public int dimension() {
            return 8;
        }

        @Override
        public float[] encode(String text) {
            embedded.incrementAndGet();
            Random random = new Random(text.hashCode());
            float[] vector = new float[dimension()];
            double norm = 0;
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) random.nextGaussian();
                norm += vector[i] * vector[i];
            }
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= (float) Math.sqrt(norm);
            }
            return vector;
        }
    }

    private static Labelled decision(String id, String text, RuleId rule) {
        return new Labelled(id, text, rule, ArticleText.NONE);
    }

    @Test
    void anEngineBuiltAgainOnTheSameDecisionsDoesNotTrainItsHeadsAgain() {
        CountingEncoder encoder = new CountingEncoder();
        SemanticSetup setup = new SemanticSetup()
                .encoder(EncoderChoice.SHIPPED_MODEL, encoder)
                .training(
                        "en", List.of(decision("decision-1", "Cheap watches, write to me today", RuleId.ADVERTISING)));
        EngineConfig config = EngineConfig.defaults().component(SemanticSetup.class, setup);

        SemanticDetector first = SemanticDetectors.create(config);
        int trainedOnce = encoder.embedded.get();
        assertThat(trainedOnce).as("texts embedded to train the heads").isPositive();
        assertThat(first.status().get("en")).contains("semantic heads on counting");

        SemanticDetector again = SemanticDetectors.create(config);
        assertThat(encoder.embedded.get())
                .as("texts embedded by an engine built again on the same decisions")
                .isEqualTo(trainedOnce);
        assertThat(again.status()).isEqualTo(first.status());

        setup.training(
                "en",
                List.of(
                        decision("decision-1", "Cheap watches, write to me today", RuleId.ADVERTISING),
                        decision("decision-2", "The council meets on Tuesday about the ferry.", null)));
        SemanticDetectors.create(config);
        assertThat(encoder.embedded.get())
                .as("texts embedded once a moderator decided again")
                .isGreaterThan(trainedOnce);
    }
}
