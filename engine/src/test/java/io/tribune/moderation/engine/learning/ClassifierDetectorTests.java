package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import org.junit.jupiter.api.Test;

class ClassifierDetectorTests {

    private final EngineConfig config = EngineConfig.defaults();
    private final Engine engine = Engine.with(config, LearnedDetectors.create(config));

    @Test
    void scamIsReportedAsSpamWithProbabilityAndWords() {
        String text = "URGENT!!! You won a free cash prize, claim it now at winbig.example before midnight";
        Decision decision = engine.screen(Comment.of("c1", "en", text)).decision();
        RuleHit spam = decision.hits().stream()
                .filter(h -> h.rule() == RuleId.SPAM)
                .findFirst()
                .orElseThrow();
        assertThat(spam.evidence())
                .anySatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                Evidence.Measure.class,
                                m -> assertThat(m.name()).isEqualTo("classifier:spam")));
        assertThat(spam.evidence())
                .filteredOn(Evidence.Span.class::isInstance)
                .isNotEmpty()
                .allSatisfy(e -> {
                    Evidence.Span span = (Evidence.Span) e;
                    assertThat(text.substring(span.start(), span.end())).isEqualTo(span.match());
                });
    }

    @Test
    void ordinaryCriticismOfAPoliticianIsApproved() {
        Decision decision = engine.screen(
                        Comment.of("c2", "en", "The prime minister has handled this badly and should resign."))
                .decision();
        assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void registeredClassifiersAreTheOnesTheEngineUses() {
        EditionClassifiers shared = EditionClassifiers.open(EngineConfig.defaults());
        EngineConfig withShared = EngineConfig.defaults().component(EditionClassifiers.class, shared);
        Engine sharedEngine = Engine.with(withShared, LearnedDetectors.create(withShared));
        String text = "Lovely sourdough at the Crumb Corner bakery, pop in this weekend";
        for (int i = 0; i < 8; i++) {
            shared.learn("en", text, "advertising");
        }
        Decision decision = sharedEngine.screen(Comment.of("c3", "en", text)).decision();
        assertThat(decision.hits()).extracting(RuleHit::rule).contains(RuleId.ADVERTISING);
    }
}
