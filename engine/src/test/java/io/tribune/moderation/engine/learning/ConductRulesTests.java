package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conduct model of the editions no sentence encoder covers learns spam and promotion from the conduct
 * examples written for each language ({@code conduct-<language>.jsonl}): sentences of our own, in none of the
 * example files, are held by the classifier alone, and comments full of figures stay published.
 */
class ConductRulesTests {

    private final EngineConfig config = EngineConfig.defaults();
    private final Engine classifierOnly = Engine.with(config, LearnedDetectors.create(config));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | spam              | Je gagne 300 euros par jour depuis chez moi grâce à une méthode simple, écrivez-moi sur Telegram pour les détails.
            ru | spam              | Зарабатываю 20 000 рублей в день из дома простым способом, пишите в телеграм, всё расскажу.
            ar | third_party_promo | اشتركوا في قناتي، هناك الحقيقة اللي الجريدة دي بتخبيها عنكم.
            """)
    void aConductRuleIsLearnedFromTheWrittenExamples(String edition, String rule, String text) {
        LearnedHolds.assertHeldFor(classifierOnly, edition, text, rule, "classifier");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Die Zahlen im Artikel stimmen: 2019 waren es 4.300 Einwohner, heute 5.100.
            fr | Les chiffres sont justes : 4 300 habitants en 2019, 5 100 aujourd'hui.
            es | Las cifras son correctas: 4.300 vecinos en 2019 y 5.100 hoy.
            ru | Цифры верные: в 2019 году было 4300 жителей, сейчас 5100.
            ar | الأرقام صحيحة: ٤٣٠٠ ساكن في ٢٠١٩ و٥١٠٠ اليوم.
            """)
    void aCommentFullOfFiguresIsApproved(String edition, String text) {
        Decision decision =
                classifierOnly.screen(Comment.of("c2", edition, text)).decision();
        assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.APPROVE);
    }
}
