package io.tribune.moderation.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the shared devset with the built-in models: how many acceptable comments (above all the
 * {@code tricky:} ones) the classifier alone would hold or reject, and how many rejects of its rules it
 * reaches. Prints ids and figures, never texts. Skipped when the devset is absent.
 */
class DevsetMeasurementTests {

    private static final double HOLD = 0.45;
    private static final double REJECT = 0.6;

    @Test
    void innocentWordsWithBadSubstringsAreNotFlagged() throws IOException {
        Optional<Path> file = SharedData.find("profanity-evasion/false_positives.txt");
        assumeTrue(file.isPresent(), "shared profanity-evasion data not found");
        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        List<String> words = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
        long flagged = words.stream()
                .filter(w -> !w.isBlank())
                .filter(w -> classifiers.classify("en", w).entrySet().stream()
                        .anyMatch(e -> !e.getKey().equals(Classifier.OK) && e.getValue() >= HOLD))
                .count();
        System.out.printf(
                Locale.ROOT,
                "Scunthorpe words: %d, classifier would hold %d (%.2f%%)%n",
                words.size(),
                flagged,
                100.0 * flagged / words.size());
        assertThat((double) flagged / words.size()).isLessThan(0.01);
    }

    /** The approved comments of the shared thread sequences: {total, held or worse by the classifier}. */
    private static int[] genuineSequenceCommentsFlagged(EditionClassifiers classifiers, JsonMapper json)
            throws IOException {
        int[] counts = new int[2];
        Optional<Path> file = SharedData.find("sequences.jsonl");
        if (file.isEmpty()) {
            return counts;
        }
        for (String line : Files.readAllLines(file.get(), StandardCharsets.UTF_8)) {
            JsonNode sequence = json.readTree(line);
            String edition = sequence.get("edition").asString();
            for (JsonNode comment : sequence.get("comments")) {
                if (!comment.get("expected").asString().equals("approve")) {
                    continue;
                }
                counts[0]++;
                Map<String, Double> scores =
                        classifiers.classify(edition, comment.get("text").asString());
                boolean flagged = scores.entrySet().stream()
                        .anyMatch(e -> !e.getKey().equals(Classifier.OK) && e.getValue() >= HOLD);
                counts[1] += flagged ? 1 : 0;
                if (flagged) {
                    System.out.printf(
                            Locale.ROOT,
                            "genuine comment flagged: %s %s%n",
                            comment.get("id").asString(),
                            scores);
                }
            }
        }
        return counts;
    }

    @Test
    void builtInModelsRarelyFlagAcceptableComments() throws IOException {
        Optional<Path> file = SharedData.find("devset.jsonl");
        assumeTrue(file.isPresent(), "shared devset not found");
        EditionClassifiers classifiers = EditionClassifiers.open(EngineConfig.defaults());
        JsonMapper json = JsonMapper.builder().build();
        int approves = 0;
        int approvesHeld = 0;
        int approvesRejected = 0;
        int tricky = 0;
        int trickyFlagged = 0;
        Map<String, int[]> reach = new TreeMap<>(); // rule -> {items, held or worse, rejected}
        for (String line : Files.readAllLines(file.get(), StandardCharsets.UTF_8)) {
            JsonNode item = json.readTree(line);
            String edition = item.get("edition").asString();
            Map<String, Double> scores =
                    classifiers.classify(edition, item.get("text").asString());
            String top = null;
            double topScore = 0;
            for (var entry : scores.entrySet()) {
                if (!entry.getKey().equals(Classifier.OK) && entry.getValue() > topScore) {
                    top = entry.getKey();
                    topScore = entry.getValue();
                }
            }
            String expected = item.get("expected").asString();
            if (expected.equals("approve")) {
                approves++;
                boolean isTricky = item.get("note").asString().startsWith("tricky:");
                tricky += isTricky ? 1 : 0;
                if (topScore >= HOLD) {
                    approvesHeld++;
                    trickyFlagged += isTricky ? 1 : 0;
                    System.out.printf(
                            Locale.ROOT,
                            "approve flagged: %s %s %.2f%n",
                            item.get("id").asString(),
                            top,
                            topScore);
                }
                approvesRejected += topScore >= REJECT ? 1 : 0;
            } else if (expected.equals("reject") && !item.get("rules").isEmpty()) {
                String rule = item.get("rules").get(0).asString();
                if (DefaultModels.LABELS.contains(rule)) {
                    int[] counts = reach.computeIfAbsent(rule, r -> new int[3]);
                    double score = scores.getOrDefault(rule, 0.0);
                    counts[0]++;
                    counts[1] += score >= HOLD ? 1 : 0;
                    counts[2] += score >= REJECT ? 1 : 0;
                    if (score < HOLD) {
                        System.out.printf(
                                Locale.ROOT,
                                "missed %s: %s (%s %.2f)%n",
                                rule,
                                item.get("id").asString(),
                                top,
                                topScore);
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "devset approves: %d, classifier would hold %d (%.1f%%), reject %d; tricky %d, flagged %d%n",
                approves,
                approvesHeld,
                100.0 * approvesHeld / approves,
                approvesRejected,
                tricky,
                trickyFlagged);
        reach.forEach((rule, c) -> System.out.printf(
                Locale.ROOT, "devset %-18s rejects %2d, >=hold %2d, >=reject %2d%n", rule, c[0], c[1], c[2]));
        int[] genuine = genuineSequenceCommentsFlagged(classifiers, json);
        System.out.printf(
                Locale.ROOT, "sequences: genuine comments %d, classifier would hold %d%n", genuine[0], genuine[1]);
        assertThat(approves).isPositive();
        assertThat((double) approvesHeld / approves).isLessThan(0.1);
        assertThat(approvesRejected).isLessThanOrEqualTo(approves / 50);
    }
}
