package io.tribune.moderation.engine.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In the French and Spanish editions (screened by the n-gram classifier, which held "Les femmes sont belles." for
 * hate because the built-in examples naming groups were nearly all hateful), praise of a group and counter-speech
 * are published, while derogation naming the same groups is still blocked. None of these sentences is a training
 * example. (German keeps its classifier as it was: see docs/moderation-quality.md, 2026-12-07.)
 */
class GroupNamesAreNoEvidenceOfHateTests {

    private static IdentityReport.Screener screener;

    @BeforeAll
    static void engine() {
        screener = IdentityReport.standard();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Les femmes sont magnifiques.",
                "fr|Les personnes handicapées sont formidables.",
                "fr|Les homosexuels sont des citoyens comme les autres.",
                "fr|Traiter les réfugiés de parasites, c'est indigne.",
                "es|Las mujeres son preciosas.",
                "es|Los gays son buenos padres.",
                "es|Las mujeres son maravillosas.",
                "es|Llamar ratas a los inmigrantes es puro racismo."
            })
    void praiseAndCounterSpeechArePublished(String language, String text) {
        Decision decision = screener.decide(language, text);
        assertThat(decision.verdict()).as("%s", decision.hits()).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Les Arabes sont des sous-hommes.",
                "fr|Les femmes sont trop bêtes pour voter.",
                "es|Los gitanos son una plaga que hay que eliminar.",
                "es|Los refugiados son basura y deberían largarse."
            })
    void derogationOfTheSameGroupsIsBlocked(String language, String text) {
        assertThat(screener.decide(language, text).verdict()).isNotEqualTo(Verdict.APPROVE);
    }
}
