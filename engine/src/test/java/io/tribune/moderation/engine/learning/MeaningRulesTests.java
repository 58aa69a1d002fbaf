package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
            fr | narcotics            | Besoin d'un petit remontant pour la soirée ? MP, livraison discrète partout en ville.
            ru | violence_cruelty     | Видео, где собаку переехали трактором, пересматриваю уже пятый раз, угораю.
            fr | extremism            | Qu'ils brûlent tout, les préfectures et les commissariats, c'est la seule langue qu'ils comprennent.
            """)
    void aMeaningRuleIsLearnedFromTheWrittenExamples(String edition, String rule, String text) {
        Decision decision = LearnedHolds.assertHeldFor(classifierOnly, edition, text, rule, "classifier-meaning");
        assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.HOLD);
    }

    @Test
    void aRejectionForARuleOfMeaningTeachesTheMeaningModelAndLeavesTheOtherModelAlone() {
        EditionClassifiers classifiers = EditionClassifiers.open(config);
        String hateful = "Juden sollte man alle erschießen.";
        String unseen = "Brauchst du was für die Party am Samstag? Schreib mir, ich bringe es dir unauffällig vorbei.";
        Map<String, Double> hateBefore = classifiers.classify("de", hateful);
        double narcoticsBefore =
                narcotics(classifiers.model(ModelKind.MEANING, "de").orElseThrow(), unseen);
        for (int i = 0; i < 30; i++) {
            classifiers.learn(
                    "de", "Stoff fürs Wochenende, Lieferung nach Hause, Nachricht an mich Nummer " + i, "narcotics");
        }
        assertThat(classifiers.model(ModelKind.CONDUCT, "de").orElseThrow().labels())
                .doesNotContain("narcotics");
        assertThat(classifiers.classify("de", hateful).get("hate")).isEqualTo(hateBefore.get("hate"));
        assertThat(narcotics(classifiers.model(ModelKind.MEANING, "de").orElseThrow(), unseen))
                .isGreaterThan(narcoticsBefore + 0.1);
        assertThat(classifiers.classify("de", unseen)).containsKey("narcotics");
        assertThat(narcotics(DefaultModels.shared(ModelKind.MEANING, "de").orElseThrow(), unseen))
                .as("the built-in model other engines share")
                .isEqualTo(narcoticsBefore);
    }

    @Test
    void aLanguageWithoutMeaningExamplesGetsNoMeaningModelFromOneRejection() {
        EditionClassifiers classifiers = EditionClassifiers.open(config);
        classifiers.learn("it", "Gloria ai martiri della rivoluzione armata, colpite i traditori.", "extremism");
        assertThat(classifiers.model(ModelKind.MEANING, "it")).isEmpty();
        assertThat(classifiers
                        .classify("it", "Bell'articolo, grazie per la chiarezza.")
                        .get("extremism"))
                .isLessThan(0.5);
    }

    @Test
    void anApprovalTeachesBothModelsThatTheCommentIsAcceptable() {
        EditionClassifiers classifiers = EditionClassifiers.open(config);
        String text = "Wer fürs Wochenende noch was zum Feiern braucht: schreibt mir privat, ich liefere diskret.";
        double narcoticsBefore =
                narcotics(classifiers.model(ModelKind.MEANING, "de").orElseThrow(), text);
        double okBefore = ok(classifiers.model(ModelKind.CONDUCT, "de").orElseThrow(), text);
        for (int i = 0; i < 20; i++) {
            classifiers.learn("de", text, "ok");
        }
        assertThat(narcotics(classifiers.model(ModelKind.MEANING, "de").orElseThrow(), text))
                .isLessThan(narcoticsBefore - 0.1);
        assertThat(ok(classifiers.model(ModelKind.CONDUCT, "de").orElseThrow(), text))
                .isGreaterThan(okBefore);
        assertThat(classifiers.classify("de", text).get("ok")).isGreaterThan(0.5);
    }

    @Test
    void aTaughtMeaningModelSurvivesSaveAndReload(@TempDir Path dataDir) throws IOException {
        EngineConfig withData = EngineConfig.defaults().dataDir(dataDir);
        EditionClassifiers classifiers = EditionClassifiers.open(withData);
        String text = "Ihr seid keine Zeitung, ihr seid ein Sprachrohr der Regierung ohne jeden Anstand.";
        for (int i = 0; i < 10; i++) {
            classifiers.learn("de", text, "publisher_disrespect");
        }
        classifiers.save("de");
        double taught = classifiers.classify("de", text).get("publisher_disrespect");
        assertThat(EditionClassifiers.meaningModelFile(dataDir, "de")).isRegularFile();
        assertThat(EditionClassifiers.open(withData).classify("de", text).get("publisher_disrespect"))
                .as("weights are saved as floats")
                .isCloseTo(taught, within(1e-5));
        assertThat(EditionClassifiers.open(config).classify("de", text).get("publisher_disrespect"))
                .isLessThan(taught);
    }

    private static double narcotics(Classifier meaning, String text) {
        return probability(meaning, text, "narcotics");
    }

    private static double ok(Classifier classifier, String text) {
        return probability(classifier, text, Classifier.OK);
    }

    private static double probability(Classifier classifier, String text, String label) {
        return classifier.probabilities(Features.local().extract(text))[classifier.labelIndex(label)];
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Danke für den Bericht, die Fotos vom Umzug sind großartig.
            fr | Merci pour cet article, enfin quelqu'un qui explique clairement le budget.
            es | Gracias por el artículo, muy bien explicado lo del nuevo horario del metro.
            ru | Спасибо за статью, наконец-то понятно объяснили про новый бюджет.
            ar | شكراً على التقرير، الصور رائعة والمعلومات مفيدة.
            fr | @Julien_56 toi qui disais que le pont ne serait jamais fini, tu me dois un croissant !
            de | Liebe Redaktion, im dritten Absatz stimmt die Jahreszahl nicht, bitte korrigieren.
            fr | Qu'ils réparent enfin le feu devant l'école avant qu'il y ait un accident.
            fr | Qu'ils laissent la médiathèque ouverte le samedi, c'est le seul jour où les familles peuvent venir.
            """)
    void anOrdinaryCommentIsApproved(String edition, String text) {
        Decision decision =
                classifierOnly.screen(Comment.of("m2", edition, text)).decision();
        assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.APPROVE);
    }
}
