package io.tribune.moderation.engine.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The meaning rules in the German, French and Spanish lexicons: for each family of violation, comments in
 * other words than the lexicons' own that must be caught under their rule, and near misses (reports,
 * negations, condemnation, everyday uses of the same words) that must be published.
 */
class ReadersMeaningDeFrEsTests {

    private static final Engine ENGINE = Engine.with(
            EngineConfig.defaults().budget(java.time.Duration.ofMinutes(1)),
            LexicalDetectors.create(EngineConfig.defaults()));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|PUBLISHER_DISRESPECT|Euer Blatt schreibt doch nur ab, was die Regierung vorgibt.",
                "de|PUBLISHER_DISRESPECT|Das soll Journalismus sein? Ihr seid ein Sprachrohr der Regierung.",
                "de|PUBLISHER_DISRESPECT|Armseliger Verein, für diesen Müll soll ich noch Geld bezahlen?",
                "fr|PUBLISHER_DISRESPECT|Votre journal recopie les dépêches de l'AFP, quelle honte.",
                "fr|PUBLISHER_DISRESPECT|Et vous appelez ça du journalisme ? Du journalisme de caniveau.",
                "es|PUBLISHER_DISRESPECT|Otra vez haciendo de altavoz del gobierno. Ni sabéis escribir.",
                "es|PUBLISHER_DISRESPECT|¿Y a esto llamáis periodismo? Vaya redacción más patética."
            })
    void publisherContemptIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Die Zeitung berichtet heute über die Regierung und ihre Pläne.",
                "de|Mein Abo habe ich gekündigt, weil ich umziehe.",
                "fr|Le journal a publié une enquête sur le gouvernement.",
                "es|La redacción del periódico ha ganado un premio.",
                "fr|La presse subventionnée existe depuis 1945, explique l'historien.",
                "de|Der Qualitätsjournalismus braucht eine stabile Finanzierung."
            })
    void nearMissesOfPublisherContemptArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|EXTREMISM|Man sollte das Rathaus einfach abfackeln, dann hören die endlich zu.",
                "de|EXTREMISM|Der Attentäter ist ein Held, der Westen muss bezahlen.",
                "fr|EXTREMISM|D'autres finiront le travail, ce n'est que partie remise.",
                "fr|EXTREMISM|Dommage qu'ils aient échoué, ces terroristes sont des héros.",
                "es|EXTREMISM|Esos terroristas son unos héroes, otros terminarán el trabajo.",
                "es|EXTREMISM|Qué pena que los hayan pillado, Occidente tiene que pagar."
            })
    void extremismIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Der Täter ist kein Held, sondern ein feiger Mörder.",
                "de|Unbekannte haben in der Nacht ein Auto abgefackelt, die Polizei ermittelt.",
                "fr|Ce terroriste n'est pas un héros, c'est un lâche.",
                "fr|Le PSG a fini le travail en deuxième mi-temps.",
                "fr|Il faut mettre le feu d'artifice à 22 heures.",
                "es|El equipo supo terminar el trabajo en la segunda parte.",
                "fr|Il faut finir le travail avant dix-huit heures.",
                "fr|La violence n'est jamais la solution.",
                "de|Gewalt ist nie eine Lösung, auch nicht nach diesem Urteil."
            })
    void nearMissesOfExtremismArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|HATE|Die leben doch alle nur von unseren Steuern, das liegt ihnen im Blut.",
                "fr|HATE|Cette religion n'a rien à faire en France, qu'ils retournent chez eux.",
                "es|HATE|Vienen a vivir de paguitas, lo llevan en la sangre.",
                "de|HATE|Die Juden kontrollieren doch die Banken und die Medien.",
                "de|HATE|Frauen gehören an den Herd, nicht in den Bundestag.",
                "fr|HATE|Les juifs contrôlent les médias, tout le monde le sait.",
                "es|HATE|Las mujeres a la cocina, que es lo suyo."
            })
    void hateWithoutSlursIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Viele Rentner leben von der Grundsicherung, das ist ein Skandal.",
                "fr|Le racisme n'a rien à faire dans nos stades.",
                "es|Muchos jubilados viven de una pensión mínima.",
                "de|Homosexualität ist keine Krankheit, das weiß man seit Jahrzehnten.",
                "de|Konversionstherapien, die Homosexualität heilen wollen, sind verboten.",
                "fr|Les femmes au foyer ont aussi droit à une retraite.",
                "es|Las mujeres deberían cobrar lo mismo que los hombres."
            })
    void nearMissesOfHateWithoutSlursArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|INSULT_THREAT|Ich weiß, wo Ihre Wohnung ist, Herr Müller.",
                "de|INSULT_THREAT|Du bist echt so dumm, dümmer als Brot.",
                "fr|INSULT_THREAT|Je sais où tu habites et à quelle heure tu sors.",
                "fr|INSULT_THREAT|Espèce de crétin, retourne à l'école.",
                "es|INSULT_THREAT|Eres más tonto que una piedra.",
                "es|INSULT_THREAT|Sé dónde vives y a qué hora sales de casa."
            })
    void insultsAndThreatsIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Ich weiß, wo das Problem liegt: bei der Bürokratie.",
                "fr|Je sais où se trouve la mairie.",
                "es|No sé dónde está el problema, la verdad.",
                "es|Te voy a buscar al aeropuerto mañana."
            })
    void nearMissesOfInsultsAndThreatsArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|MINORS|Ach, ein paar Umarmungen zu viel, die Kinder haben es bestimmt genossen.",
                "fr|MINORS|Les collégiennes savent très bien ce qu'elles font quand elles s'habillent comme ça.",
                "fr|MINORS|Tant d'histoires pour quelques câlins, rien de grave.",
                "es|MINORS|Tanto drama por unos besos, las niñas saben lo que hacen.",
                "de|MINORS|Eine Ohrfeige hat noch keinem geschadet.",
                "fr|MINORS|Une bonne fessée n'a jamais tué personne, les gosses sont trop gâtés.",
                "es|MINORS|A los críos un buen bofetón a tiempo y se acabó la tontería."
            })
    void minimisingOrSexualisingAbuseOfMinorsIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Die Kita bietet Kuscheleinheiten und Vorlesestunden an.",
                "fr|Les enfants ont adoré la sortie au zoo.",
                "fr|Les collégiennes ont remporté le tournoi de handball.",
                "es|Los niños lo disfrutaban mucho en el campamento."
            })
    void nearMissesOfMinimisingOrSexualisingAbuseOfMinorsArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|NARCOTICS|Reines Koks, beste Qualität, schreibt mir per PN.",
                "de|NARCOTICS|Nehmt am Anfang nur eine halbe Pille, das reicht.",
                "fr|NARCOTICS|Gobez une demi pour commencer, la montée est plus douce.",
                "fr|NARCOTICS|Je vends de la beuh pure, livré en mp.",
                "es|NARCOTICS|Vendo maría del bueno, discreción total, escríbeme por Telegram.",
                "es|NARCOTICS|Tómate media pastilla para empezar y luego otra.",
                "es|NARCOTICS|Os recomiendo el LSD, abre la mente."
            })
    void drugDealingAndDosingIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Die Polizei hat 20 Kilo Kokain beschlagnahmt.",
                "de|Nimm die Linie 5 bis zum Hauptbahnhof.",
                "de|Ich habe zum Teil recht, aber das Ticket war teuer.",
                "fr|L'ecstasy a causé plusieurs malaises, la prévention doit être renforcée.",
                "es|Tengo chocolate en casa y material para el colegio.",
                "es|Os recomiendo las setas de temporada al ajillo.",
                "es|La policía incautó cocaína en el puerto.",
                "es|Vendo el coche de María, escríbeme.",
                "es|María habló en privado con el ministro y pidió discreción.",
                "de|Ich teile den Artikel gleich auf Insta.",
                "de|Nimm deine Pillen, hat der Arzt gesagt.",
                "fr|Prends ta pilule avant le dîner."
            })
    void nearMissesOfDrugDealingAndDosingArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|SUICIDE|Niemand würde dich vermissen, tu uns allen einen Gefallen und verschwinde.",
                "de|SUICIDE|Am schnellsten stirbt man mit Tabletten und Alkohol.",
                "fr|SUICIDE|Personne ne te regretterait, rends-nous service et disparais.",
                "fr|SUICIDE|Le plus sûr pour en finir, c'est une grosse dose de cachets.",
                "es|SUICIDE|Haznos un favor y desaparece. Nadie te echaría de menos.",
                "es|SUICIDE|Lo más rápido para matarte son las pastillas con alcohol."
            })
    void suicideIncitementAndMethodsIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Wenn du nicht mehr weiterweißt: Die Telefonseelsorge hilft, du bist nicht allein.",
                "de|Der Mann sprang von der Brücke ins Wasser und rettete das Kind.",
                "fr|Si vous avez des idées noires, appelez le 3114, vous n'êtes pas seul.",
                "fr|Le plus rapide, c'est de prendre le train jusqu'à Lyon.",
                "es|Si necesitas ayuda, llama al 024, no estás solo.",
                "es|La forma más rápida de llegar es el tren."
            })
    void nearMissesOfSuicideIncitementAndMethodsArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|THIRD_PARTY_PROMO|Kann ich nur empfehlen, die Staubsauger von SaugFix. Gibt es gerade im Angebot.",
                "de|THIRD_PARTY_PROMO|Folgt lieber dem Telegram-Kanal, da gibt es echte Infos.",
                "fr|THIRD_PARTY_PROMO|Suivez plutôt la chaîne YouTube de Machin, ils expliquent mieux.",
                "es|THIRD_PARTY_PROMO|Seguid el canal de Telegram de Fulano, allí lo cuentan todo.",
                "de|THIRD_PARTY_PROMO|Mit meinem Code bekommt ihr 20 Euro Startguthaben.",
                "fr|THIRD_PARTY_PROMO|Avec mon code parrain vous avez 10 euros offerts."
            })
    void promotingOtherChannelsAndProductsIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Kann ich nur empfehlen, mal mit den Nachbarn zu reden.",
                "fr|J'ai vu un reportage sur une chaîne publique hier.",
                "es|Vi la entrevista en un canal de televisión."
            })
    void nearMissesOfPromotingOtherChannelsAndProductsArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|TROLLING|Gewaschen haben die sich doch sonst nie, endlich mal gebadet.",
                "fr|TROLLING|Hahaha tous ces gauchistes qui pleurnichent, je me régale de vos larmes.",
                "es|TROLLING|Jajaja los de la riada llorando, ojalá se ahoguen más.",
                "es|TROLLING|Llorones, id a llorar a la llorería."
            })
    void gloatingAndMockingVictimsIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Endlich sauber: Die Stadt hat den Brunnen gereinigt.",
                "es|Por fin van a lavar las calles del centro."
            })
    void nearMissesOfGloatingAndMockingVictimsArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|VIOLENCE_CRUELTY|Der hat immer wieder zugestochen, einfach herrlich anzusehen, besser als jeder Film.",
                "de|VIOLENCE_CRUELTY|Meine Oma hat die Kätzchen immer im Eimer ertränkt, war halt so.",
                "fr|VIOLENCE_CRUELTY|Les chatons, on les noyait dans un seau à la ferme.",
                "es|VIOLENCE_CRUELTY|Me encanta cuando el toro se queda agonizando y se desangra. Eso es arte.",
                "es|VIOLENCE_CRUELTY|Los gatos callejeros hay que ahogarlos, son una plaga."
            })
    void relishingViolenceAndAnimalCrueltyIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Laut Zeugen hat der Täter mehrfach zugestochen, das Opfer ist schwer verletzt.",
                "fr|Un chat est tombé dans la rivière, les pompiers l'ont sauvé de la noyade.",
                "es|El toro murió desangrándose, una imagen terrible que debería avergonzarnos."
            })
    void nearMissesOfRelishingViolenceAndAnimalCrueltyArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|SPAM|Mit dem Trading-Bot machst du aus 100 Euro in 10 Tagen 5000. Nur die ersten 20 Plätze!",
                "fr|SPAM|Robot de trading : 200 euros transformés en 8000 en trois semaines, places limitées !",
                "es|SPAM|Bot de trading que convierte 100 euros en 5000 en dos semanas. Plazas limitadas."
            })
    void getRichQuickSpamIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {"de|Die Investoren hoffen auf garantierte Renten.", "es|Invertir en bolsa no está garantizado."})
    void nearMissesOfGetRichQuickSpamArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|ADVERTISING|Am Sonntag Liste 5 ankreuzen! Freibier für alle Wähler am Infostand.",
                "fr|ADVERTISING|Votez pour la liste Renouveau ! Réunion publique samedi, apéritif offert à tous.",
                "es|ADVERTISING|Vota a la única lista que bajará los impuestos. Mitin el sábado con cerveza gratis."
            })
    void politicalAdvertisingIsCaught(String edition, RuleId rule, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "de|Am Sonntag ist Wahl, geht bitte wählen, egal was.",
                "fr|Allez voter dimanche, c'est important pour la démocratie.",
                "fr|Un stand de réduction des risques a été installé au festival.",
                "es|Mañana hay elecciones, id a votar."
            })
    void nearMissesOfPoliticalAdvertisingArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    private static Decision screen(String edition, String text) {
        return ENGINE.screen(Comment.of("c", edition, text)).decision();
    }

    private static List<RuleId> rules(String edition, String text) {
        return screen(edition, text).hits().stream().map(RuleHit::rule).toList();
    }
}
