package io.tribune.moderation.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluateCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void threadsAreScoredAfterRevisionsAndSingleItemsAlone() throws IOException {
        Path data = dir.resolve("labelled.jsonl");
        String mob = "The new bridge is a scandal. Every councillor who backed it should step down!";
        StringBuilder thread = new StringBuilder(
                "{\"id\":\"t1\",\"edition\":\"en\",\"article\":{\"title\":\"Bridge\"}," + "\"comments\":[");
        for (int i = 0; i < 4; i++) {
            thread.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"t1-")
                    .append(i)
                    .append("\",\"author\":\"u")
                    .append(i)
                    .append("\",\"ip\":\"198.51.100.")
                    .append(i)
                    .append("\",\"at\":\"2026-03-01T10:0")
                    .append(i)
                    .append(":00Z\",\"text\":\"")
                    .append(mob)
                    .append("\",\"expected\":\"reject\",\"rules\":[\"flash_mob\"]}");
        }
        thread.append("]}");
        Files.write(
                data,
                List.of(
                        thread.toString(),
                        // The same text as a single item: alone, it cannot be part of a mob.
                        "{\"id\":\"d1\",\"edition\":\"en\",\"text\":\"" + mob
                                + "\",\"expected\":\"approve\",\"rules\":[],\"note\":\"tricky: alone\"}",
                        "{\"id\":\"d2\",\"edition\":\"en\",\"text\":\"" + mob
                                + "\",\"expected\":\"approve\",\"rules\":[],\"note\":\"tricky: alone again\"}",
                        "not json"));
        ModerationCliTests.Run run = ModerationCliTests.run("", "evaluate", "--data", data.toString(), "--json");
        assertThat(run.code()).isZero();
        JsonNode summary = JSON.readTree(new String(run.out(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(summary.get("items").intValue()).isEqualTo(6);
        assertThat(summary.get("problems").intValue()).isEqualTo(1);
        JsonNode flashMob = summary.get("rules").get("flash_mob");
        assertThat(flashMob.get("tp").intValue()).isEqualTo(4);
        assertThat(flashMob.get("fp").intValue()).isZero();
        assertThat(flashMob.get("recall").doubleValue()).isEqualTo(1.0);
        assertThat(summary.get("confusion").get("reject").get("reject").intValue())
                .isEqualTo(4);
        assertThat(summary.get("trickyApproves").intValue()).isEqualTo(2);
        assertThat(summary.get("trickyFalseRejectRate").doubleValue()).isZero();
        assertThat(summary.get("micro").get("f1").doubleValue()).isEqualTo(1.0);
        assertThat(run.err()).contains("labelled.jsonl:4");
    }

    @Test
    void theTableNamesEachRuleAndTheDecisionMatrix() throws IOException {
        Path data = dir.resolve("one.jsonl");
        Files.writeString(
                data,
                "{\"id\":\"d1\",\"edition\":\"en\",\"text\":\"x\",\"expected\":\"reject\",\"rules\":[\"flood\"]}\n");
        ModerationCliTests.Run run = ModerationCliTests.run("", "evaluate", "--data", data.toString(), "--mistakes");
        String table = new String(run.out(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(table)
                .contains("flood")
                .contains("decision accuracy")
                .contains("expected \\ got")
                .contains("false rejects on approves")
                .contains("mistake d1: expected reject flood");
    }

    @Test
    void evaluateWithoutDataIsRefused() {
        ModerationCliTests.Run run = ModerationCliTests.run("", "evaluate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--data");
    }
}
