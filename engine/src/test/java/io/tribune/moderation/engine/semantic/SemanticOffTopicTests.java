package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.ArticleCloseness;
import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Standing;
import io.tribune.moderation.engine.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Holding off-topic comments by their closeness to the article is an operator's choice (the off_topic rule's
 * {@code semanticHold}): the built-in policy holds on the lexical relatedness signal, because the shipped
 * encoder's closeness held acceptable comments without separating off-topic ones; the closeness only clears
 * a comment plainly about the article that shares no word with a short lead ({@code semanticRelated}).
 */
class SemanticOffTopicTests {

    private static final ArticleText BUDGET = new ArticleText(
            "Council delays the vote on next year's budget",
            "Councillors asked for another month to study the cuts to libraries and bus routes.",
            "");

    private static final String UNRELATED = "My cat had four kittens last night and they are all adorable.";

    private static Decision screen(Engine engine, String text) {
        return engine.screen(new Comment("c", "en", text, null, null, Instant.EPOCH, BUDGET, null, Standing.NEW))
                .decision();
    }

    private static boolean closenessWasMeasured(Decision decision) {
        return decision.hits().stream()
                .flatMap(h -> h.evidence().stream())
                .anyMatch(e -> e instanceof Evidence.Measure m && m.name().equals(ArticleCloseness.MEASURE));
    }

    @Test
    void theBuiltInPolicyDoesNotHoldOffTopicByTheEncodersCloseness() {
        Engine engine = Engine.standard(EngineConfig.defaults());
        Decision unrelated = screen(engine, UNRELATED);
        assertThat(unrelated.hits())
                .flatExtracting(RuleHit::evidence)
                .noneMatch(e -> e instanceof Evidence.Measure m && m.name().equals("semantic:off_topic"));
    }

    @Test
    void anOperatorWhoSetsAHoldProbabilityGetsUnrelatedCommentsHeldWithTheCloseness() {
        PolicyBook policies = EncoderFolderTests.policy(
                "editions:\n  en:\n    rules:\n      off_topic: { params: { semanticHold: 0.5 } }\n");
        Engine engine = Engine.standard(EngineConfig.defaults().policies(policies));

        Decision unrelated = screen(engine, UNRELATED);
        assertThat(unrelated.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(unrelated.hits()).anySatisfy(h -> assertThat(h.rule()).isEqualTo(RuleId.OFF_TOPIC));
        assertThat(closenessWasMeasured(unrelated)).isTrue();

        Decision related = screen(engine, "Closing libraries to save money on the budget is short-sighted.");
        assertThat(related.verdict()).isEqualTo(Verdict.APPROVE);
    }

    private static final ArticleText STORM = new ArticleText(
            "Gales of 80mph expected on western coasts",
            "Forecasters have issued an amber wind warning until Friday morning.",
            "");

    private static Decision screenUnder(ArticleText article, String text) {
        return Engine.standard(EngineConfig.defaults())
                .screen(new Comment("c", "en", text, null, null, Instant.EPOCH, article, null, Standing.NEW))
                .decision();
    }

    @Test
    void aQuestionToOtherReadersThatIsCloseToTheArticleInMeaningIsPublished() {
        // No word in common with the title and lead, and it asks other readers something: the lexical
        // signal alone would hold it, but a bridge closed by wind is what the article is about.
        Decision bridge = screenUnder(
                STORM,
                "Does anybody know whether the Severn bridge is shut tonight? I have to drive my mother to the"
                        + " hospital in Cardiff at nine tomorrow.");
        assertThat(bridge.verdict()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void aQuestionToOtherReadersAboutSomethingElseIsStillHeld() {
        Decision plumber = screenUnder(
                STORM, "Does anybody know a decent plumber in Leeds? Ours has retired and the boiler is leaking.");
        assertThat(plumber.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(plumber.hits()).anySatisfy(h -> assertThat(h.rule()).isEqualTo(RuleId.OFF_TOPIC));
        assertThat(closenessWasMeasured(plumber)).isTrue();
    }
}
