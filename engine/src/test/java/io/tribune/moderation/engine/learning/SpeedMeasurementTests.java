package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.EngineConfig;
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
        long folding = System.nanoTime();
        assertThat(Folding.fold('A')).isEqualTo('a');
        System.out.printf(Locale.ROOT, "folding table built in %d ms%n", (System.nanoTime() - folding) / 1_000_000);
        for (int pass = 0; pass < 2; pass++) {
            for (String language : List.of("en", "ru", "es", "de", "fr", "ar")) {
                long one = System.nanoTime();
                DefaultModels.train(language);
                System.out.printf(
                        Locale.ROOT, "pass %d %s %d ms%n", pass, language, (System.nanoTime() - one) / 1_000_000);
            }
        }
        long started = System.nanoTime();
        for (String language : List.of("en", "ru", "es", "de", "fr", "ar")) {
            assertThat(DefaultModels.train(language)).isPresent();
        }
        long trained = System.nanoTime();
        System.out.printf(Locale.ROOT, "six built-in models trained in %d ms%n", (trained - started) / 1_000_000);

        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        String[] editions = {"en", "en", "ru", "es", "de", "fr", "ar"};
        double sink = 0;
        for (int round = 0; round < 3; round++) {
            int n = round == 2 ? 70_000 : 20_000;
            long from = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int k = i % COMMENTS.size();
                sink += classifiers.classify(editions[k], COMMENTS.get(k)).get("ok");
            }
            if (round == 2) {
                System.out.printf(Locale.ROOT, "classify: %.1f us per comment%n", (System.nanoTime() - from) / 1e3 / n);
            }
        }
        assertThat(sink).isPositive();
    }
}
