package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Action;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in classifiers of the editions no sentence encoder covers learn the rules of meaning from their
 * written examples: sentences of our own, in none of the example files, are reported for the rule by the
 * classifier, and alone it only holds them for a moderator; a thank-you stays published.
 */
class MeaningRulesTests {

    private final EngineConfig config = EngineConfig.defaults();
    private final Engine classifierOnly = Engine.with(config, LearnedDetectors.create(config));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | narcotics            | Wer fürs Wochenende noch was zum Feiern braucht: schreibt mir privat, ich liefere diskret bis vor die Haustür.
            fr | publisher_disrespect | Torchon de propagande, votre rédaction ne mérite même pas le nom de journal.
            es | publisher_disrespect | Menudo pasquín, esta redacción no sabe ni escribir un titular sin mentir.
            ru | publisher_disrespect | Ваша газетёнка давно превратилась в помойку, журналистов у вас нет, одни переписчики пресс-релизов.
            ar | narcotics            | اللي عايز حاجة للسهرة يكلمني خاص، توصيل سريع ومن غير أسئلة.
            """)
    void aMeaningRuleIsLearnedFromTheWrittenExamples(String edition, String rule, String text) {
        Decision decision =
                classifierOnly.screen(Comment.of("m1", edition, text)).decision();
        RuleHit hit = decision.hits().stream()
                .filter(h -> h.rule().id().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + decision));
        assertThat(hit.evidence())
                .anySatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                Evidence.Measure.class,
                                m -> assertThat(m.name()).isEqualTo("classifier-meaning:" + rule)));
        assertThat(hit.action()).as(decision.toString()).isEqualTo(Action.HOLD);
        assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.HOLD);
    }

    @Test
    void moderatorsDecisionsDoNotChangeTheMeaningModel() {
        EditionClassifiers classifiers = EditionClassifiers.open(config);
        String text = "Wer fürs Wochenende noch was zum Feiern braucht: schreibt mir privat, ich liefere diskret.";
        Classifier meaning = classifiers.meaningFor("de").orElseThrow();
        double[] before = meaning.probabilities(Features.local().extract(text));
        for (int i = 0; i < 20; i++) {
            classifiers.learn("de", text, "ok");
        }
        assertThat(classifiers.meaningFor("de")).containsSame(meaning);
        assertThat(meaning.probabilities(Features.local().extract(text))).containsExactly(before);
        assertThat(classifiers.classify("de", text).get("ok")).isGreaterThan(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Danke für den Bericht, die Fotos vom Umzug sind großartig.
            fr | Merci pour cet article, enfin quelqu'un qui explique clairement le budget.
            es | Gracias por el artículo, muy bien explicado lo del nuevo horario del metro.
            ru | Спасибо за статью, наконец-то понятно объяснили про новый бюджет.
            ar | شكراً على التقرير، الصور رائعة والمعلومات مفيدة.
            """)
    void anOrdinaryCommentIsApproved(String edition, String text) {
        Decision decision =
                classifierOnly.screen(Comment.of("m2", edition, text)).decision();
        assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.APPROVE);
    }
}
