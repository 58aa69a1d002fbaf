package io.tribune.moderation.engine.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Verdict;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identity-term bias in the German, French and Spanish editions (issue #12), through the standard engine
 * with its n-gram classifier: naming a group never blocks a comment (warm and neutral mentions, news,
 * counter-speech, negated hate are published), while hate carried by the predicate (dehumanising nouns,
 * degrading adjectives, calls to kill or expel a whole group) is blocked without any slur.
 */
class GroupBiasDeFrEsTests {

    private static final Engine ENGINE = Engine.standard(EngineConfig.defaults().budget(Duration.ofMinutes(1)));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Frauen sind wunderschön.",
                "de|Juden sind seit Jahrhunderten Teil dieser Stadt.",
                "de|Die Muslime in meiner Straße haben uns zum Fastenbrechen eingeladen.",
                "de|Schwule und Lesben haben beim Sommerfest die Musik gemacht.",
                "de|Viele Flüchtlinge arbeiten inzwischen in der Pflege.",
                "de|Behinderte sind tolle Kollegen, ich arbeite gern mit ihnen.",
                "de|Die Roma-Familie nebenan hat einen wunderbaren Garten.",
                "fr|Les femmes sont magnifiques.",
                "fr|Les juifs de Strasbourg ont inauguré un nouveau centre culturel.",
                "fr|Mes collègues musulmans m'ont invité à rompre le jeûne.",
                "fr|Les réfugiés du foyer ont repeint l'école du village.",
                "fr|Les homosexuels sont nos amis, nos frères et nos sœurs.",
                "fr|Les Noirs de ce quartier ont fondé une excellente chorale.",
                "es|Las mujeres son preciosas.",
                "es|Los judíos de la ciudad celebraron la fiesta con sus vecinos.",
                "es|Los musulmanes del barrio repartieron comida a los mayores.",
                "es|Los inmigrantes son grandes trabajadores y buenos vecinos.",
                "es|Los gitanos de mi pueblo tocan la guitarra como nadie.",
                "es|Los discapacitados merecen ciudades accesibles."
            })
    void warmAndNeutralGroupStatementsArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Es ist widerlich, Frauen als wertlos zu bezeichnen.",
                "de|Niemand sollte Juden hassen.",
                "de|Die Polizei ermittelt wegen der Parole an der Moschee.",
                "de|Muslime sind keine Parasiten, hört auf mit dieser Hetze.",
                "de|Flüchtlinge werden in manchen Lagern wie Tiere behandelt, das ist eine Schande.",
                "fr|Personne ne devrait haïr les juifs.",
                "fr|Traiter les immigrés de vermine est ignoble.",
                "fr|Les musulmans ne sont pas des animaux, arrêtez ce discours.",
                "fr|Le parquet enquête sur les tags visant les homosexuels.",
                "es|Nadie debería odiar a los gays.",
                "es|Llamar parásitos a los inmigrantes es vergonzoso.",
                "es|Los gitanos no son ladrones, eso es un bulo racista.",
                "es|La fiscalía investiga los mensajes contra las mujeres del equipo.",
                "de|Schwule sind nicht krank.",
                "fr|Les femmes ne sont pas inférieures.",
                "es|Los gays no son enfermos.",
                "es|Las mujeres no son inferiores."
            })
    void counterSpeechAndNegationArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Muslime sind Ungeziefer, nichts weiter.",
                "de|Juden sind ekelhaft und minderwertig.",
                "de|Man sollte alle Flüchtlinge vergasen.",
                "de|Schwule gehören alle aufgehängt.",
                "de|Behinderte sind nutzlose Parasiten.",
                "fr|Les juifs sont de la vermine.",
                "fr|Les réfugiés sont dégoûtants et inférieurs.",
                "fr|Il faut exterminer tous les musulmans.",
                "fr|Les homosexuels méritent d'être pendus.",
                "es|Los judíos son una plaga.",
                "es|Las mujeres son inferiores y despreciables.",
                "es|Hay que quemar a todos los gitanos.",
                "es|Los musulmanes merecen ser exterminados."
            })
    void predicateHateWithoutSlursIsBlocked(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
    }

    private static Decision screen(String edition, String text) {
        return ENGINE.screen(Comment.of("c", edition, text)).decision();
    }
}
