package io.tribune.moderation.engine.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Verdict;
import io.tribune.moderation.engine.fairness.IdentityReport;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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
                "de|Ich hasse Juden.",
                // let through by the first version of this grammar
                "de|Diese Muslime sind wie Ratten, sie vermehren sich überall.",
                "de|Frauen sind zu dumm zum Autofahren.",
                "fr|Les Roms sont tous des voleurs.",
                "es|Los gays son enfermos mentales."
            })
    void predicateHateWithoutSlursIsBlocked(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
    }

    /**
     * The acceptable sentences a review found blocked by the first version of this grammar (and a few blocked by
     * the older rules): the predicate belongs to a noun before the group ("Die Witze über Juden sind ekelhaft"),
     * an adjectival group word follows a noun ("Les frelons asiatiques"), a third-person verb reports news ("Der
     * IS tötet die Christen"), a hate slogan is reported ("riefen Demonstranten"), "odio a" is a noun ("El odio a
     * los judíos"), a word that describes conditions ("abscheulich", "fléau", "lacra"), praise in sport ("Ces
     * femmes sont des bêtes"), and pests to eliminate. All must be published.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("reviewedAcceptable")
    void reviewedAcceptableSentencesArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    static Stream<Arguments> reviewedAcceptable() {
        return lines("""
            de|Die Sprüche über Frauen sind widerlich.
            de|Die Witze über Juden sind ekelhaft.
            de|Die Vorurteile gegen Muslime sind widerlich.
            de|Die Beleidigungen gegen Frauen sind widerlich.
            de|Die Schmierereien gegen Juden sind abscheulich.
            de|Die Verbrechen an den Juden sind abscheulich und dürfen nie vergessen werden.
            de|Die Morde an Roma sind abscheulich und wurden lange verschwiegen.
            de|Die Lebensbedingungen der Flüchtlinge sind abscheulich.
            de|Die Zustände in den Heimen für Behinderte sind abscheulich.
            de|Die Toiletten für Frauen sind eklig, das Stadion muss nachbessern.
            de|Die Lebensmittel für Flüchtlinge sind minderwertig.
            de|Die Unterkünfte für Asylbewerber sind minderwertig und überbelegt.
            de|Die Diplome vieler Migranten sind wertlos, weil sie hier nicht anerkannt werden.
            de|Die Versprechen an Frauen sind wertlos.
            de|Die Argumente gegen Homosexuelle sind Müll.
            de|Die Angebote für Frauen sind Müll, sagt die Gleichstellungsbeauftragte.
            de|Die Wartezeiten für Behinderte sind abartig lang.
            de|Die Mieten für Asylbewerber sind abartig hoch.
            de|In Polen sind Zecken in diesem Sommer eine echte Plage.
            de|Für viele Christen sind Schweine keine Sünde.
            de|Für Juden sind Schweine unrein, deshalb ...
            de|Manche glauben, Migranten seien Parasiten. Das ist Unsinn.
            de|Ein Redner behauptete, Flüchtlinge seien Schmarotzer. Unglaublich.
            de|1933 hieß es, Juden seien Ungeziefer. Nie wieder!
            de|Migranten sind Schmarotzer? So ein Unsinn.
            de|Unsere Frauen sind einfach Bestien auf dem Platz, was für ein Spiel!
            de|Der IS tötet die Christen im Nordirak, und die Welt schaut weg.
            de|Das Regime erschießt die Kurden an der Grenze, berichtet Amnesty.
            de|Die Armee vergast die Kurden: so stand es 1988 in allen Zeitungen.
            de|Die Hamas tötet die Juden, wo sie sie findet, sagte der Botschafter.
            de|Der Staat tötet die Frauen nicht, aber er schützt sie auch nicht.
            de|Ich hasse schwarze Autos, man sieht jeden Kratzer.
            de|Ich hasse Schwule Witze.
            de|Ich hasse Christen nicht, ...
            de|Wir hassen Ausländer nicht, wir wollen nur gerechte Regeln.
            de|Ich hasse Polen im Fußball, seit dem Spiel 2016.
            de|Ich verachte Christen, die Nächstenliebe predigen und Flüchtlinge abweisen.
            de|Tod den Juden, riefen Demonstranten in Neukölln.
            fr|Les frelons asiatiques sont un fléau pour les apiculteurs.
            fr|Les rats noirs sont des nuisibles dans les égouts.
            fr|Les produits chinois sont des déchets.
            fr|Les camps de réfugiés sont immondes.
            fr|Les crimes contre les homosexuels sont abjects.
            fr|Les bagarres entre supporters algériens sont dégueulasses.
            fr|Les supporters algériens sont des animaux du ballon, ambiance incroyable.
            fr|Selon lui, les migrants seraient des parasites. Quelle bêtise.
            fr|Les toilettes pour femmes sont dégueulasses.
            fr|Les blagues sur les femmes sont dégueulasses.
            fr|Les logements des réfugiés sont immondes.
            fr|Les arnaques visant les migrants sont un fléau.
            fr|Les discriminations que subissent les femmes sont un fléau.
            fr|Les meilleurs compagnons des handicapés sont des chiens dressés.
            fr|Les chevaux arabes sont des bêtes magnifiques.
            fr|Les vaches noires sont des bêtes robustes.
            fr|Ces femmes sont des bêtes, quel match !
            fr|Les préjugés contre les Roms doivent disparaître.
            fr|Les stéréotypes sur les femmes doivent disparaître.
            fr|Les inégalités dont souffrent les femmes doivent disparaître.
            fr|Les bidonvilles où vivent les Roms doivent disparaître.
            fr|Les Marocains méritent d'être éliminés, ils ont mal joué.
            fr|Des manifestants ont crié « mort aux juifs » devant la synagogue.
            fr|Mort aux juifs : ce tag a été retrouvé sur une école.
            fr|Je déteste les chinois du coin, ils ferment trop tôt.
            fr|Je déteste les féministes qui donnent des leçons.
            es|Los elefantes africanos son animales en peligro de extinción.
            es|Las ratas negras son una plaga en el puerto.
            es|Los insultos a los gitanos son despreciables.
            es|Los chistes sobre judíos son repugnantes.
            es|Los comentarios sobre las mujeres son asquerosos.
            es|Las leyes contra los homosexuales son repugnantes.
            es|Las palizas que reciben los homosexuales son salvajes.
            es|Los hijos de los inmigrantes serán bárbaros si no les damos educación, dice el diputado.
            es|Los cristianos son salvajes, decían los romanos.
            es|Los africanos son animales, gritaban los ultras en el estadio. Vergüenza.
            es|Estas mujeres son unas bestias, menudo partido.
            es|Los marroquíes son unos bestias en defensa.
            es|Los asesinatos de mujeres son una lacra social que hay que erradicar.
            es|Los crímenes contra los gays son una lacra.
            es|Los baños para mujeres son asquerosos.
            es|Los mejores amigos de los discapacitados son perros guía.
            es|Los caballos árabes son animales muy resistentes.
            es|El odio a los judíos crece en Europa.
            es|El odio a los musulmanes ha aumentado un 30 por ciento.
            es|El odio a las mujeres tiene nombre: misoginia.
            es|El desprecio a los gitanos viene de siglos.
            es|Yo no odio a los inmigrantes, odio la hipocresía.
            es|No odio a las feministas, pero no comparto todo.
            es|Detesto a los chinos del barrio porque cierran tarde.
            es|Las desigualdades que sufren las mujeres deben desaparecer.
            es|Los prejuicios contra los gitanos deben desaparecer.
            es|Las mujeres merecen morir tranquilas en su casa, con cuidados paliativos.
            es|Vamos a liquidar a los chinos en la final de bádminton.
            es|Vamos a aniquilar a los marroquíes en la final.
            es|Los manifestantes gritaban muerte a los judíos y nadie hizo nada.
            es|Hay que matar a los mosquitos.
            es|Hay que exterminar a las ratas negras del puerto.
            es|Deberíamos eliminar a todos los corruptos de las listas.
            fr|Il faut éliminer les déchets plastiques des océans.
            de|Man sollte alle Ratten im Keller bekämpfen.
            de|In den Unterkünften für Flüchtlinge sind Ratten und Schimmel ein großes Problem.
            de|Die häufigsten Krankheiten bei Migranten sind Parasiten und Tuberkulose.
            de|Sätze wie "Migranten sind Parasiten" haben in dieser Kommentarspalte nichts zu suchen.
            fr|Les principaux problèmes de santé chez les migrants sont des parasites intestinaux.
            fr|Les éléphants africains sont des animaux menacés.
            es|Los robos a turistas chinos son una plaga en Barcelona.
            es|Los productos chinos son basura.
            es|Los mosquitos negros son una plaga este verano.
            fr|Si rien ne change, cette loi va tuer les femmes.
            fr|Cette politique va tuer les migrants en Méditerranée.
            fr|Ce virus va tuer les handicapés si on ne fait rien.
            fr|La France va éliminer les Marocains en demi-finale.
            fr|On va éliminer les Algériens ce soir !
            fr|Le gouvernement devrait éliminer les clandestins des statistiques du chômage ?
            fr|Les moustiques, il faut les tuer tous.
            fr|Les mauvaises herbes, il faut les brûler toutes.
            fr|Le PSG va les éliminer tous.
            """);
    }

    private static Stream<Arguments> lines(String block) {
        return block.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\|", 2))
                .map(parts -> Arguments.of(parts[0], parts[1]));
    }

    private static Decision screen(String edition, String text) {
        screener.store().clear();
        return screener.engine().screen(Comment.of("group-bias", edition, text)).decision();
    }
}
