package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standard engine with the shipped encoder: status per edition, explanations, and hostile input. */
class SemanticScreeningTests {

    private static Engine engine;

    @BeforeAll
    static void build() {
        engine = Engine.standard(EngineConfig.defaults());
    }

    private static Decision screen(String edition, String text) {
        return engine.screen(Comment.of("c", edition, text)).decision();
    }

    @Test
    void englishIsScreenedForMeaningAndTheOtherEditionsSaySoWhenTheyAreNot() {
        assertThat(engine.semanticStatus().get("en"))
                .contains("all-MiniLM-L6-v2-q")
                .contains("384");
        for (String edition : new String[] {"de", "fr", "es", "ru", "ar"}) {
            assertThat(engine.semanticStatus().get(edition))
                    .startsWith("lexical engine alone")
                    .contains("covers [en]");
        }
    }

    @Test
    void cruelGloatingWithoutCruelWordsIsHeldWithTheNearestExamples() {
        Decision decision =
                screen("en", "Seeing those fans crushed against the barrier was the funniest part of the night.");
        assertThat(decision.verdict()).isEqualTo(Verdict.HOLD);
        RuleHit hit = decision.hits().stream()
                .filter(h -> h.rule() == RuleId.VIOLENCE_CRUELTY)
                .findFirst()
                .orElseThrow();
        Optional<String> explanation = SemanticDetector.explain(hit);
        assertThat(explanation).isPresent();
        assertThat(explanation.get()).contains("violence_cruelty").contains("close to 3 comments");
        assertThat(hit.evidence()).anySatisfy(e -> assertThat(e).isInstanceOf(Evidence.Similar.class));
    }

    /** Issue #12's example: naming a group warmly is not hate (the hate head held these before). */
    @Test
    void warmMentionsOfAGroupArePublishedAndDerogationIsNot() {
        for (String text : new String[] {
            "Women are beautiful.", "Immigrants are beautiful.", "Jewish families have lived here for centuries."
        }) {
            assertThat(screen("en", text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
        }
        for (String text : new String[] {"Women are worthless.", "Refugees are vermin."}) {
            assertThat(screen("en", text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        }
    }

    @Test
    void anOrdinaryCommentIsPublished() {
        assertThat(screen("en", "Thanks for the clear explanation of the new parking rules.")
                        .verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void hostileInputIsScreenedWithoutFailures() {
        String[] texts = {
            "",
            "x".repeat(1_000_000),
            "broken \uD800 surrogates \uDFFF here",
            "😀😂🔥🔥🔥👍",
            "https://example.org/a https://example.org/b https://example.org/c",
            "Mixed Привет مرحبا 你好 scripts in one comment",
            "\u0000\u0001\u0002"
        };
        for (String text : texts) {
            Decision decision = screen("en", text);
            assertThat(decision).isNotNull();
        }
        assertThat(engine.failures()).doesNotContainKey("semantic");
    }
}
