package io.tribune.moderation.engine.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Verdict;
import io.tribune.moderation.engine.fairness.IdentityReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identity-term bias in the German, French and Spanish editions (issue #12), through the standard engine
 * with its n-gram classifier: naming a group never blocks a comment (warm and neutral mentions, news,
 * counter-speech, negated hate, comparisons that condemn how a group is treated are published), while
 * hate carried by the predicate (dehumanising nouns, degrading adjectives, calls to kill a whole group)
 * is blocked without any slur. All sentences are our own wording.
 */
class GroupBiasDeFrEsTests {

    private static IdentityReport.Screener screener;

    @BeforeAll
    static void engine() {
        screener = IdentityReport.standard();
    }

    /**
     * Statements that name a group and must be published: warm and neutral mentions ({@code warm}),
     * counter-speech and negated hate ({@code counter}), and ordinary news comments ({@code news}): reports of
     * violence against a group, figures, policy debate, history, sport, a slogan or a comparison ("wie Tiere",
     * "comme des animaux", "como animales") quoted to condemn how a group is treated.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|warm|Frauen sind wunderschön.",
                "de|warm|Juden sind seit Jahrhunderten Teil dieser Stadt.",
                "de|warm|Die Muslime in meiner Straße haben uns zum Fastenbrechen eingeladen.",
                "de|warm|Schwule und Lesben haben beim Sommerfest die Musik gemacht.",
                "de|warm|Viele Flüchtlinge arbeiten inzwischen in der Pflege.",
                "de|warm|Behinderte sind tolle Kollegen, ich arbeite gern mit ihnen.",
                "fr|warm|Les femmes sont magnifiques.",
                "fr|warm|Les juifs de Strasbourg ont inauguré un nouveau centre culturel.",
                "fr|warm|Mes collègues musulmans m'ont invité à rompre le jeûne.",
                "fr|warm|Les réfugiés du foyer ont repeint l'école du village.",
                "fr|warm|Les homosexuels sont nos amis, nos frères et nos sœurs.",
                "fr|warm|Les Noirs de ce quartier ont fondé une excellente chorale.",
                "es|warm|Las mujeres son preciosas.",
                "es|warm|Los judíos de la ciudad celebraron la fiesta con sus vecinos.",
                "es|warm|Los musulmanes del barrio repartieron comida a los mayores.",
                "es|warm|Los inmigrantes son grandes trabajadores y buenos vecinos.",
                "es|warm|Los gitanos de mi pueblo tocan la guitarra como nadie.",
                "es|warm|Los discapacitados merecen ciudades accesibles.",
                "de|counter|Es ist widerlich, Frauen als wertlos zu bezeichnen.",
                "de|counter|Niemand sollte Juden hassen.",
                "de|counter|Muslime sind keine Parasiten, hört auf mit dieser Hetze.",
                "de|counter|Schwule sind nicht krank.",
                "de|counter|Behinderte sind nicht wertlos, sie gehören dazu.",
                "fr|counter|Personne ne devrait haïr les juifs.",
                "fr|counter|Traiter les immigrés de vermine est ignoble.",
                "fr|counter|Les musulmans ne sont pas des animaux, arrêtez ce discours.",
                "fr|counter|Les femmes ne sont pas inférieures.",
                "fr|counter|Les handicapés ne sont pas inutiles.",
                "es|counter|Nadie debería odiar a los gays.",
                "es|counter|Llamar parásitos a los inmigrantes es vergonzoso.",
                "es|counter|Los gitanos no son ladrones, eso es un bulo racista.",
                "es|counter|Los gays no son enfermos.",
                "es|counter|Las mujeres no son inferiores.",
                "de|news|Flüchtlinge sind keine Menschen zweiter Klasse.",
                "de|news|Flüchtlinge werden in manchen Lagern wie Tiere behandelt, das ist eine Schande.",
                "de|news|Im vergangenen Jahr wurden mehr Angriffe auf Muslime gemeldet als je zuvor.",
                "de|news|Laut Statistik sind Frauen in Vorständen weiterhin deutlich unterrepräsentiert.",
                "de|news|Der Bundestag debattiert heute über schnellere Asylverfahren für Flüchtlinge.",
                "de|news|Die Deportation der Juden aus dieser Stadt begann im Oktober 1941.",
                "de|news|Die Nazis wollten die Juden vernichten, das dürfen wir nie vergessen.",
                "de|news|Die Nationalmannschaft der Frauen hat das Finale souverän gewonnen.",
                "de|news|Es ist furchtbar, dass immer wieder Frauen von ihren Partnern getötet werden.",
                "de|news|Die Polizei sucht Zeugen nach dem Angriff auf zwei Schwule am Bahnhof.",
                "de|news|Behinderte müssen oft monatelang auf einen Termin beim Amt warten.",
                "de|news|Wer sagt, dass Einwanderer Parasiten sind, ist ein Rassist.",
                "de|news|Schwarze Spieler werden im Stadion noch immer mit Affenlauten beleidigt, das muss aufhören.",
                "de|news|Man darf Muslime nicht pauschal als Terroristen bezeichnen.",
                "de|news|Die Zahl der Einwanderer ist im letzten Jahr leicht gesunken.",
                "de|news|In dem Heim wurden die Geflüchteten wie Vieh zusammengepfercht, berichtet die Helferin.",
                "fr|news|Les migrants sont parqués comme des animaux.",
                "fr|news|Il faut condamner ceux qui traitent les musulmans de terroristes.",
                "fr|news|Les agressions contre les juifs ont augmenté de 20 % cette année, selon le ministère.",
                "fr|news|Les femmes gagnent encore en moyenne 15 % de moins que les hommes.",
                "fr|news|L'Assemblée examine un projet de loi sur l'accueil des réfugiés.",
                "fr|news|En 1942, la police a arrêté des milliers de juifs lors de la rafle du Vel d'Hiv.",
                "fr|news|L'équipe de France féminine s'est qualifiée pour la demi-finale.",
                "fr|news|C'est terrible, encore une femme tuée par son compagnon cette semaine.",
                "fr|news|Des homosexuels ont été agressés à la sortie d'un bar, la police enquête.",
                "fr|news|Les handicapés attendent toujours des transports accessibles dans notre ville.",
                "fr|news|Les Noirs ont longtemps été exclus de ces clubs, rappelle l'historien.",
                "fr|news|Dire que les immigrés sont des parasites, c'est du racisme pur.",
                "fr|news|Les réfugiés sont logés dans des conditions indignes, comme des animaux.",
                "fr|news|Il faut arrêter de tuer des femmes, les violences conjugales sont un fléau.",
                "fr|news|Le nombre de demandeurs d'asile a baissé de 8 % l'an dernier.",
                "fr|news|On a traité les tirailleurs africains comme des bêtes, il faut le reconnaître.",
                "es|news|La violencia machista mata a mujeres cada semana.",
                "es|news|Es horrible que maten a mujeres.",
                "es|news|Los inmigrantes son tratados como animales en ese centro, es indignante.",
                "es|news|Las agresiones contra los musulmanes crecieron un 30 % el año pasado.",
                "es|news|El Congreso debate hoy la reforma de la ley de asilo para los refugiados.",
                "es|news|Hay que parar los ataques contra los gays en el centro de la ciudad.",
                "es|news|En 1492 los Reyes Católicos expulsaron a los judíos de sus reinos.",
                "es|news|La selección femenina ganó el campeonato y las jugadoras fueron recibidas como heroínas.",
                "es|news|Las mujeres cobran de media un 18 % menos que los hombres.",
                "es|news|Los discapacitados siguen sin poder entrar en muchas estaciones de metro.",
                "es|news|Decir que los negros son inferiores es racismo, y hay que combatirlo.",
                "es|news|Los refugiados viven hacinados como animales en el campamento, denuncian las ONG.",
                "es|news|La policía detuvo a dos jóvenes por agredir a un grupo de gays.",
                "es|news|Hay que condenar a quien llama ratas a los inmigrantes.",
                "es|news|El número de inmigrantes que llegaron en patera bajó este verano.",
                "es|news|Es una vergüenza que maten a los refugiados en la frontera.",
                "de|news|Die Angriffe auf Juden sind widerlich.",
                "de|news|Die Frauen sind in dem Heim widerlich behandelt worden.",
                "de|news|Schwule sollte man respektieren.",
                "fr|news|Les attaques contre les juifs sont abjectes.",
                "fr|news|Les salaires des femmes sont inférieurs de 15 % à ceux des hommes.",
                "es|news|Los salarios de las mujeres son inferiores a los de los hombres.",
                "es|news|Los ataques contra los musulmanes son despreciables.",
                "es|news|Los recortes a los discapacitados son inútiles."
            })
    void groupStatementsThatAreNotHateArePublished(String edition, String kind, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Muslime sind Ungeziefer, nichts weiter.",
                "de|Juden sind ekelhaft und minderwertig.",
                "de|Man sollte alle Flüchtlinge vergasen.",
                "de|Behinderte sind nutzlose Parasiten.",
                "de|Einwanderer sind Ratten.",
                "de|Schwule sollte man alle erschießen.",
                "fr|Les juifs sont de la vermine.",
                "fr|Les réfugiés sont dégoûtants et inférieurs.",
                "fr|Il faut exterminer tous les musulmans.",
                "fr|Les homosexuels méritent d'être pendus.",
                "fr|Les immigrés sont des parasites.",
                "fr|Il faudrait fusiller les handicapés.",
                "es|Los judíos son una plaga.",
                "es|Las mujeres son inferiores y despreciables.",
                "es|Hay que quemar a todos los gitanos.",
                "es|Los musulmanes merecen ser exterminados.",
                "es|Los inmigrantes son alimañas.",
                "es|Habría que fusilar a los gays.",
                "es|Los negros son seres inferiores.",
                "fr|Je déteste les musulmans.",
                "de|Ich hasse Juden."
            })
    void predicateHateWithoutSlursIsBlocked(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
    }

    private static Decision screen(String edition, String text) {
        screener.store().clear();
        return screener.engine().screen(Comment.of("group-bias", edition, text)).decision();
    }
}
