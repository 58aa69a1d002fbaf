package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.moderation.engine.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Trains and scores the classifier on the public sets with the fixed splits of the shared data's
 * README, printing the figures; the floors only catch regressions. Skipped when the data is absent.
 * Texts are never printed.
 */
class PublicDataMeasurementTests {

    @Test
    void smsSpamIsSeparatedFromHam() throws IOException {
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        splitSms(train, test);
        Scorecard card = trainAndScore(train, test, List.of(Classifier.OK, "spam"));
        print("SMS spam", card, "spam");
        assertThat(card.f1("spam")).isGreaterThan(0.9);
    }

    @Test
    void davidsonHateAndOffensiveAreScored() throws IOException {
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        splitDavidson(train, test);
        Scorecard card = trainAndScore(train, test, List.of(Classifier.OK, "hate", "profanity"));
        print("Davidson", card, "hate", "profanity", Classifier.OK);
        assertThat(card.f1("profanity")).isGreaterThan(0.85);
        assertThat(card.f1("hate")).isGreaterThan(0.15);
    }

    private static void splitSms(List<Example> train, List<Example> test) throws IOException {
        Optional<Path> file = SharedData.find("sms-spam/SMSSpamCollection");
        assumeTrue(file.isPresent(), "shared SMS spam data not found");
        List<Example> examples;
        try (BufferedReader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            examples = TrainingFile.read(reader).examples();
        }
        assertThat(examples).hasSize(5574);
        for (int i = 0; i < examples.size(); i++) {
            (i % 5 == 0 ? test : train).add(examples.get(i));
        }
    }

    private static void splitDavidson(List<Example> train, List<Example> test) throws IOException {
        Optional<Path> file = SharedData.find("davidson-dev/labeled_data_even.csv");
        assumeTrue(file.isPresent(), "shared Davidson data not found");
        try (BufferedReader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            TrainingFile.CsvRecords records = new TrainingFile.CsvRecords(reader);
            records.next(); // header
            for (List<String> record = records.next(); record != null; record = records.next()) {
                int row = Integer.parseInt(record.get(0));
                String label = switch (record.get(5)) {
                    case "0" -> "hate";
                    case "1" -> "profanity"; // offensive language: vulgar words, mostly without a target
                    default -> Classifier.OK;
                };
                ((row / 2) % 5 == 0 ? test : train).add(new Example(record.get(6), label));
            }
        }
        assertThat(train.size() + test.size()).isEqualTo(12_393);
    }

    private static Scorecard trainAndScore(List<Example> train, List<Example> test, List<String> labels) {
        int bits = TrainCommand.bitsFor(labels.size());
        Classifier classifier = Classifier.train(train, labels, bits, TrainCommand.epochsFor(train.size()));
        return Scorecard.of(classifier, test);
    }

    private static void print(String set, Scorecard card, String... labels) {
        for (String label : labels) {
            System.out.printf(
                    Locale.ROOT,
                    "%s %-10s n=%4d P=%.3f R=%.3f F1=%.3f%n",
                    set,
                    label,
                    card.support(label),
                    card.precision(label),
                    card.recall(label),
                    card.f1(label));
        }
        System.out.printf(Locale.ROOT, "%s macro F1=%.3f%n", set, card.macroF1());
    }
}
