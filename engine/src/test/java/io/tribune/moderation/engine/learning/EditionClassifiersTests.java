package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.text.ProtectedGroups;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionClassifiersTests {

    @TempDir
    Path dataDir;

    @Test
    void everyEditionLanguageHasABuiltInModel() {
        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        for (String edition : new String[] {"en", "ru", "es", "de", "fr", "ar"}) {
            assertThat(classifiers.classify(edition, "hello"))
                    .as(edition)
                    .containsKeys(
                            "ok", "spam", "advertising", "third_party_promo", "insult_threat", "trolling", "hate");
        }
    }

    @Test
    void builtInEnglishModelTellsScamsFromComments() {
        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        Map<String, Double> scam =
                classifiers.classify("en", "Claim your free cash prize now!!! Limited offer, click the link");
        Map<String, Double> comment =
                classifiers.classify("en", "The council still has not explained why the road was closed.");
        assertThat(scam.get("spam")).isGreaterThan(0.5);
        assertThat(comment.get("ok")).isGreaterThan(0.8);
    }

    @Test
    void builtInSetsHaveEnoughVariedLines() {
        assertThat(DefaultModels.examples("en")).hasSizeGreaterThanOrEqualTo(150);
        for (String language : new String[] {"ru", "es", "de", "fr", "ar"}) {
            assertThat(DefaultModels.examples(language)).as(language).hasSizeGreaterThanOrEqualTo(60);
        }
        assertThat(DefaultModels.examples("en")).extracting(Example::label).containsAll(DefaultModels.LABELS);
    }

    @Test
    void anExampleNamingAGroupIsCopiedForEveryGroupSharingItsWeight() {
        ProtectedGroups groups = ProtectedGroups.of(List.of("women", "refugees", "Jews"));
        List<Example> all = DefaultModels.withCounterfactuals(
                List.of(new Example("Women are welcome here", "ok", "hate", 1), new Example("Nice match", "ok")),
                groups);
        assertThat(all)
                .extracting(Example::text)
                .containsExactly(
                        "Women are welcome here", "Refugees are welcome here", "Jews are welcome here", "Nice match");
        assertThat(all.subList(0, 3)).allSatisfy(copy -> {
            assertThat(copy.weight()).isCloseTo(1.0 / 3, Offset.offset(1e-12));
            assertThat(copy.nearMissOf()).isEqualTo("hate");
        });
        assertThat(all.get(3).weight()).isEqualTo(1);
    }

    @Test
    void theFrenchAndSpanishModelsFindNoHateInPraiseOfAnyGroup() {
        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        for (String group : ProtectedGroups.of("fr").names()) {
            String text = "Franchement, les " + group + " du club ont été formidables samedi.";
            assertThat(classifiers.classify("fr", text).get("hate")).as(text).isLessThan(0.4);
        }
        for (String group : ProtectedGroups.of("es").names()) {
            String text = "La verdad, los " + group + " del club estuvieron estupendos el sábado.";
            assertThat(classifiers.classify("es", text).get("hate")).as(text).isLessThan(0.4);
        }
    }

    @Test
    void aLanguageWithoutExamplesHasNoModel() {
        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        assertThat(classifiers.classify("xx", "ciao a tutti")).isEmpty();
    }

    /** Features are bounded, so a long comment or one endless token is scored like any other. */
    @Test
    void commentsOfTwentyThousandCharactersAreScored() {
        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        String words = "the council should publish the costs ".repeat(600).substring(0, 20_000);
        assertThat(classifiers.classify("en", words).get("ok")).isGreaterThan(0.5);
        assertThat(classifiers.classify("en", "a".repeat(20_000))).containsKey("ok");
    }

    @Test
    void learntDecisionsSurviveSaveAndReload() throws IOException {
        EngineConfig config = EngineConfig.defaults().dataDir(dataDir);
        EditionClassifiers classifiers = EditionClassifiers.open(config);
        String text = "Fresh sourdough at Bakerloaf every morning, tell your friends";
        double before = classifiers.classify("en", text).get("advertising");
        for (int i = 0; i < 5; i++) {
            classifiers.learn("en", text, "advertising");
        }
        Path saved = classifiers.save("en");
        assertThat(saved).isEqualTo(dataDir.resolve("models/en.model")).isRegularFile();
        double reloaded = EditionClassifiers.open(config).classify("en", text).get("advertising");
        assertThat(reloaded).isGreaterThan(before + 0.2);
        assertThat(Files.size(saved)).isLessThan(3_000_000);
    }

    @Test
    void learningWhileOtherThreadsClassifyIsSafe() throws Exception {
        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        String text = "Handmade candles at Wickworks, this weekend only";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    double sum = 0;
                    for (int i = 0; i < 2_000; i++) {
                        Classifier model =
                                classifiers.model(ModelKind.CONDUCT, "en").orElseThrow();
                        sum += Arrays.stream(
                                        model.probabilities(Features.local().extract(text)))
                                .sum();
                    }
                    return sum / 2_000;
                }));
            }
            Future<?> learner = pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    classifiers.learn("en", text, "advertising");
                }
            });
            learner.get();
            for (Future<Double> reader : readers) {
                assertThat(reader.get()).isCloseTo(1.0, Offset.offset(1e-6));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(classifiers.classify("en", text).get("advertising")).isGreaterThan(0.9);
    }

    @Test
    void unreadableModelFileFallsBackToTheBuiltInModel() throws IOException {
        Files.createDirectories(dataDir.resolve("models"));
        Files.writeString(dataDir.resolve("models/en.model"), "garbage");
        EditionClassifiers classifiers =
                EditionClassifiers.open(EngineConfig.defaults().dataDir(dataDir));
        assertThat(classifiers.classify("en", "hello")).containsKey("spam");
    }

    @Test
    void learningRefusesALabelThatIsNoRule() {
        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        assertThatThrownBy(() -> classifiers.learn("en", "text", "rudeness"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rudeness");
    }
}
