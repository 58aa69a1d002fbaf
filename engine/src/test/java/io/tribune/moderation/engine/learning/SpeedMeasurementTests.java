package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Prints what training the built-in models and scoring a comment cost; asserts results, never timings. */
class SpeedMeasurementTests {

    private static final List<String> COMMENTS = List.of(
            "The council should publish the full costs before the vote, not after it.",
            "Win a free cash prize now!!! Click the link at prize.example before midnight",
            "Честно говоря, план правительства выглядит сырым. Откуда возьмут деньги?",
            "No estoy de acuerdo con el alcalde, pero al menos ha dado la cara.",
            "Der Schiedsrichter lag richtig, auch wenn das im Stadion niemand hören wollte.",
            "La mairie a encore repoussé les travaux, c'est la troisième fois cette année.",
            "على البلدية أن تشرح لماذا تأخر إصلاح الطريق كل هذا الوقت.");

    @Test
    void builtInModelsTrainQuicklyAndScoreInMicroseconds() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (String language : List.of("en", "ru", "es", "de", "fr", "ar")) {
            assertThat(DefaultModels.train(language)).isPresent();
        }
        System.out.printf(
                Locale.ROOT,
                "six built-in models trained in %d ms (%d ms of this thread's CPU)%n",
                (System.nanoTime() - started) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);

        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        String[] editions = {"en", "en", "ru", "es", "de", "fr", "ar"};
        double sink = 0;
        for (int round = 0; round < 3; round++) {
            int n = round == 2 ? 70_000 : 20_000;
            long from = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                int k = i % COMMENTS.size();
                sink += classifiers.classify(editions[k], COMMENTS.get(k)).get("ok");
            }
            if (round == 2) {
                System.out.printf(
                        Locale.ROOT,
                        "classify: %.1f us of CPU per comment%n",
                        (threads.getCurrentThreadCpuTime() - from) / 1e3 / n);
            }
        }
        assertThat(sink).isPositive();

        EngineConfig config = EngineConfig.defaults();
        Engine engine = Engine.with(config, LearnedDetectors.create(config));
        int flagged = 0;
        for (int round = 0; round < 2; round++) {
            int n = 30_000;
            long from = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                int k = i % COMMENTS.size();
                Decision decision = engine.screen(Comment.of("c" + i, editions[k], COMMENTS.get(k)))
                        .decision();
                flagged += decision.hits().isEmpty() ? 0 : 1;
            }
            if (round == 1) {
                System.out.printf(
                        Locale.ROOT,
                        "engine with the classifier only: %.1f us of CPU per comment%n",
                        (threads.getCurrentThreadCpuTime() - from) / 1e3 / n);
            }
        }
        assertThat(flagged).isPositive();
    }

    @Test
    void longCommentsAreScoredWithinBounds() {
        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        String words = "the council should publish the costs ".repeat(600).substring(0, 20_000);
        String oneToken = "a".repeat(20_000);
        long from = System.nanoTime();
        assertThat(classifiers.classify("en", words).get("ok")).isGreaterThan(0.5);
        assertThat(classifiers.classify("en", oneToken)).containsKey("ok");
        System.out.printf(Locale.ROOT, "two 20,000-char comments: %d us%n", (System.nanoTime() - from) / 1_000);
    }
}
