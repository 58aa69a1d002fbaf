package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hate is reported by a model of its own, which the conduct model's examples and moderators' decisions on other
 * rules leave alone; the conduct model never reports hate. It learns hatred of groups from the examples written
 * for it ({@code hate-<language>.jsonl}), and that naming a group in the frame of a hateful sentence is not hate.
 */
class HateModelTests {

    private final EngineConfig config = EngineConfig.defaults();
    private final Engine learnedOnly = Engine.with(config, LearnedDetectors.create(config));

    private static final String HATEFUL = "Diese Ausländer sind doch alle Parasiten, die unser Land aussaugen.";

    @Test
    void eachModelReportsOnlyItsOwnRules() {
        Engine engine = learnedOnly;
        String scam = "URGENT!!! You won a free cash prize, claim it now at winbig.example before midnight";
        Decision decision = engine.screen(Comment.of("h1", "en", scam)).decision();
        List<String> measures = measures(decision);
        assertThat(measures).as(decision.toString()).contains("classifier:spam");
        assertThat(measures)
                .filteredOn(name -> name.startsWith("classifier-hate:"))
                .allSatisfy(name -> assertThat(name).isEqualTo("classifier-hate:hate"));
        Decision hateful = engine.screen(Comment.of("h2", "de", HATEFUL)).decision();
        assertThat(measures(hateful)).as(hateful.toString()).contains("classifier-hate:hate");
        assertThat(measures(hateful)).doesNotContain("classifier:hate");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Diese Zigeuner sind Ungeziefer, die man aus jeder Stadt jagen sollte.
            fr | Les juifs sont une plaie, il faudrait les chasser du pays.
            ru | Мигранты — крысы, их надо выселить всех до одного.
            ar | اليهود وباء على هذه الأرض ويجب التخلص منهم.
            """)
    void hatredOfAGroupIsLearnedFromTheWrittenExamples(String edition, String text) {
        LearnedHolds.assertHeldFor(learnedOnly, edition, text, "hate", "classifier-hate");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Die Flüchtlinge aus dem Heim sind inzwischen die Stützen unserer Fußballmannschaft.
            de | Schwule sind ganz normale Nachbarn, wer etwas anderes behauptet, soll sich schämen.
            fr | Les réfugiés du foyer sont devenus les piliers de notre club de foot.
            fr | Les homosexuels sont des voisins comme les autres, point.
            ru | Беженцы из общежития стали лучшими игроками нашей футбольной команды.
            ru | Геи — такие же соседи, как все остальные, и стыдно думать иначе.
            ar | اللاجئون في الحي صاروا أهم لاعبين في فريق كرة القدم عندنا.
            ar | المثليون جيران عاديون مثل غيرهم، ومن يقول غير ذلك يجب أن يخجل.
            """)
    void aGroupNamedInTheFrameOfHateButPraisedOrDefendedIsApproved(String edition, String text) {
        Decision decision = learnedOnly.screen(Comment.of("h3", edition, text)).decision();
        assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.APPROVE);
    }

    /**
     * Everyday grumbling leans on "man", "sich", "und" or "on", "se", "toujours" as the hateful examples do; it was
     * held for hate (up to 0.91) until the German and French hate models learnt everyday complaints written in that
     * register.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Erst streicht man die Buslinie und dann wundert man sich, dass alle mit dem Auto kommen.
            de | Man meldet sich beim Amt und wartet dann sechs Wochen, und keiner ruft zurück.
            de | Und dann beschwert man sich, dass sich niemand mehr im Ehrenamt engagiert.
            de | Da zahlt man Kurtaxe und die Toiletten am See sind trotzdem nicht geöffnet.
            de | Wenn man sich die Nebenkostenabrechnung anschaut, fragt man sich, wofür man das alles bezahlt.
            fr | On paie toujours plus d'impôts locaux et les routes sont toujours aussi mauvaises, on se demande à quoi ça sert.
            fr | On paie la cantine toujours plus cher et les repas sont toujours aussi mauvais, on se demande pourquoi.
            fr | Les impôts montent toujours et les services baissent toujours, et on nous demande de patienter.
            de | Jetzt soll man auch noch für die Biotonne extra zahlen, und abgeholt wird sie trotzdem nur alle zwei Wochen.
            """)
    void everydayComplaintsAreNotHeldForHate(String edition, String text) {
        Decision decision = learnedOnly.screen(Comment.of("h4", edition, text)).decision();
        assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.APPROVE);
    }

    /**
     * Russian demands of the council start with "Надо", as many hateful examples do ("их всех надо ..."): eight of
     * these twelve were held for hate (up to 0.88) until the Russian hate model learnt everyday demands.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Надо отремонтировать церковь.
            ru | Надо переизбрать мэра.
            ru | Надо починить дорогу у школы.
            ru | Надо наконец построить нормальный стадион.
            ru | Надо бы снизить цены на проезд.
            ru | Надо убрать мусор во дворах.
            ru | Надо сделать пешеходный переход у рынка.
            ru | Надо навести порядок с парковкой.
            """)
    void everydayDemandsAreNotHeldForHate(String edition, String text) {
        Decision decision = learnedOnly.screen(Comment.of("h5", edition, text)).decision();
        assertThat(decision.verdict()).as(decision.toString()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void aRejectionForHateTeachesTheHateModelAndLeavesTheConductModelAlone() {
        EditionClassifiers classifiers = EditionClassifiers.open(config);
        String unseen = "Die Zuwanderer sind Ungeziefer, man sollte sie aus dem Viertel jagen.";
        double before = hate(classifiers.model(ModelKind.HATE, "de").orElseThrow(), unseen);
        for (int i = 0; i < 20; i++) {
            classifiers.learn("de", "Dieses Ungeziefer aus dem Ausland jagen wir aus dem Viertel " + i, "hate");
        }
        assertThat(hate(classifiers.model(ModelKind.HATE, "de").orElseThrow(), unseen))
                .isGreaterThan(before + 0.1);
        Classifier conduct = classifiers.model(ModelKind.CONDUCT, "de").orElseThrow();
        assertThat(conduct.labels()).doesNotContain("hate");
        assertThat(DefaultModels.isShared(conduct))
                .as("the conduct model learnt nothing")
                .isTrue();
        assertThat(hate(DefaultModels.shared(ModelKind.HATE, "de").orElseThrow(), unseen))
                .as("the built-in model other engines share")
                .isEqualTo(before);
    }

    @Test
    void aRejectionForSpamLeavesTheHateModelAlone() {
        EditionClassifiers classifiers = EditionClassifiers.open(config);
        double before = classifiers.classify("de", HATEFUL).get("hate");
        for (int i = 0; i < 30; i++) {
            classifiers.learn("de", "Verdiene 500 Euro am Tag von zu Hause, schreib mir jetzt " + i, "spam");
        }
        assertThat(DefaultModels.isShared(
                        classifiers.model(ModelKind.HATE, "de").orElseThrow()))
                .isTrue();
        assertThat(classifiers.classify("de", HATEFUL).get("hate")).isEqualTo(before);
    }

    @Test
    void aRejectionForSpamTeachesTheConductModelAndLeavesTheMeaningModelAlone() {
        EditionClassifiers classifiers = EditionClassifiers.open(config);
        classifiers.learn("de", "Verdiene 500 Euro am Tag von zu Hause, schreib mir jetzt", "spam");
        assertThat(DefaultModels.isShared(
                        classifiers.model(ModelKind.CONDUCT, "de").orElseThrow()))
                .as("the conduct model learnt the rejection")
                .isFalse();
        Classifier meaning = classifiers.model(ModelKind.MEANING, "de").orElseThrow();
        assertThat(meaning.labels()).doesNotContain("spam");
        assertThat(DefaultModels.isShared(meaning)).isTrue();
    }

    @Test
    void aTaughtHateModelSurvivesSaveAndReload(@TempDir Path dataDir) throws IOException {
        EngineConfig withData = EngineConfig.defaults().dataDir(dataDir);
        EditionClassifiers classifiers = EditionClassifiers.open(withData);
        String text = "Ces gens-là ne sont pas des humains, qu'on les renvoie tous dans leurs cages.";
        for (int i = 0; i < 10; i++) {
            classifiers.learn("fr", text, "hate");
        }
        classifiers.save("fr");
        double taught = classifiers.classify("fr", text).get("hate");
        assertThat(ModelKind.HATE.file(dataDir, "fr")).isRegularFile();
        assertThat(EditionClassifiers.open(withData).classify("fr", text).get("hate"))
                .as("weights are saved as floats")
                .isCloseTo(taught, within(1e-5));
        assertThat(EditionClassifiers.open(config).classify("fr", text).get("hate"))
                .isLessThan(taught);
    }

    private static List<String> measures(Decision decision) {
        return decision.hits().stream()
                .map(RuleHit::evidence)
                .flatMap(List::stream)
                .filter(Evidence.Measure.class::isInstance)
                .map(e -> ((Evidence.Measure) e).name())
                .toList();
    }

    private static double hate(Classifier classifier, String text) {
        return classifier.probabilities(Features.local().extract(text))[classifier.labelIndex("hate")];
    }
}
