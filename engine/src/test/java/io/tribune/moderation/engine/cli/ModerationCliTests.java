package io.tribune.moderation.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ModerationCliTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] MOB = {
        "The new bridge is a scandal. Every councillor who backed it should step down!",
        "This new bridge is a scandal. Every councillor who backed it should step down now!",
        "The new bridge is a SCANDAL! Every councillor who backed it should step down.",
        "the new bridge is a scandal, every councillor who backed it should step down!!"
    };

    @TempDir
    Path dir;

    /** What one run printed. */
    record Run(int code, byte[] out, String err) {

        List<JsonNode> lines() {
            List<JsonNode> nodes = new ArrayList<>();
            new String(out, StandardCharsets.UTF_8).lines().forEach(line -> nodes.add(JSON.readTree(line)));
            return nodes;
        }
    }

    static Run run(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ModerationCli.run(
                args,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private static String line(String id, String text, String author, String ip, String at) {
        var node = JSON.createObjectNode();
        node.put("id", id);
        node.put("edition", "en");
        node.put("text", text);
        if (author != null) {
            node.put("author", author);
        }
        if (ip != null) {
            node.put("ip", ip);
        }
        if (at != null) {
            node.put("at", at);
        }
        node.putObject("article").put("title", "Council approves new bridge").put("lead", "The vote was close.");
        return JSON.writeValueAsString(node) + "\n";
    }

    static boolean hasRule(JsonNode decision, String rule) {
        return decision.get("rules")
                .valueStream()
                .anyMatch(hit -> hit.get("rule").stringValue().equals(rule));
    }

    static boolean isFlood(JsonNode decision) {
        return hasRule(decision, "flood");
    }

    @Test
    void eachLineGetsADecisionInTheContractShape() {
        Run run = run(line("c1", "A fair point about the bridge budget.", "u1", "203.0.113.5", "2026-03-01T10:00:05Z"));
        assertThat(run.code()).isZero();
        JsonNode decision = run.lines().getFirst();
        assertThat(decision.propertyNames()).startsWith("id", "decision", "rules", "language", "message", "micros");
        assertThat(decision.get("id").stringValue()).isEqualTo("c1");
        assertThat(decision.get("decision").stringValue()).isIn("approve", "hold", "reject");
        assertThat(decision.get("rules").isArray()).isTrue();
        assertThat(decision.get("message").stringValue()).isNotBlank();
        assertThat(decision.get("micros").isIntegralNumber()).isTrue();
    }

    @Test
    void aMobPrintsRevisionLinesForItsEarlierMembers() {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < MOB.length; i++) {
            input.append(line("m" + i, MOB[i], "user" + i, "198.51.100." + i, "2026-03-01T10:0" + i + ":00Z"));
        }
        List<JsonNode> lines = run(input.toString()).lines();
        assertThat(lines)
                .extracting(n -> n.get("id").stringValue())
                .containsExactly("m0", "m1", "m2", "m3", "m0", "m1", "m2");
        JsonNode fourth = lines.get(3);
        assertThat(fourth.get("decision").stringValue()).isEqualTo("reject");
        JsonNode hit = fourth.get("rules").get(0);
        assertThat(hit.get("rule").stringValue()).isEqualTo("flash_mob");
        assertThat(hit.get("action").stringValue()).isEqualTo("reject");
        JsonNode evidence = hit.get("evidence").get(0);
        assertThat(evidence.propertyNames()).containsExactly("similar", "similarity", "accounts");
        assertThat(evidence.get("accounts").intValue()).isEqualTo(4);
        for (JsonNode revision : lines.subList(4, 7)) {
            assertThat(revision.propertyNames()).startsWith("id", "revision", "decision");
            assertThat(revision.get("revision").booleanValue()).isTrue();
            assertThat(revision.get("decision").stringValue()).isEqualTo("reject");
            assertThat(revision.get("rules").get(0).get("rule").stringValue()).isEqualTo("flash_mob");
        }
    }

    @Test
    void aFloodShowsItsRateEvidence() {
        StringBuilder input = new StringBuilder();
        String[] junk = {"hi", "asdfgh", "lol lol lol", "????", "hahahaha"};
        for (int i = 0; i < junk.length; i++) {
            input.append(line("f" + i, junk[i], "dan", "203.0.113.9", "2026-03-01T10:00:0" + i + "Z"));
        }
        JsonNode fifth = run(input.toString()).lines().get(4);
        JsonNode rate = fifth.get("rules").get(0).get("evidence").get(0);
        assertThat(rate.propertyNames()).containsExactly("per", "count", "windowSeconds", "limit");
        assertThat(rate.get("per").stringValue()).isEqualTo("author");
        assertThat(rate.get("windowSeconds").intValue()).isEqualTo(120);
    }

    @Test
    void badLinesGetErrorLinesWithTheirNumberAndProcessingGoesOn() {
        String input = "{not json\n"
                + "\n"
                + "{\"edition\":\"en\",\"text\":\"no id\"}\n"
                + "{\"id\":\"x\",\"edition\":\"xx\",\"text\":\"hello\"}\n"
                + "{\"id\":\"y\",\"text\":\"no edition\"}\n"
                + "{\"id\":\"z\",\"edition\":\"en\"}\n"
                + "[1,2]\n"
                + "{\"id\":\"t\",\"edition\":\"en\",\"text\":\"fine\",\"at\":\"yesterday\"}\n"
                + line("ok", "A reasonable remark.", null, null, null);
        Run run = run(input);
        assertThat(run.code()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(8);
        assertThat(lines.subList(0, 7))
                .allSatisfy(n -> assertThat(n.propertyNames()).containsExactly("line", "error"));
        assertThat(lines.subList(0, 7))
                .extracting(n -> n.get("line").intValue())
                .containsExactly(1, 3, 4, 5, 6, 7, 8);
        assertThat(lines.get(0).get("error").stringValue()).startsWith("invalid JSON");
        assertThat(lines.get(1).get("error").stringValue()).contains("'id'");
        assertThat(lines.get(2).get("error").stringValue()).contains("unknown edition 'xx'");
        assertThat(lines.get(3).get("error").stringValue()).contains("'edition'");
        assertThat(lines.get(4).get("error").stringValue()).contains("'text'");
        assertThat(lines.get(6).get("error").stringValue()).contains("'at'");
        assertThat(lines.get(7).get("id").stringValue()).isEqualTo("ok");
    }

    @Test
    void aMissingTimeIsOneSecondAfterThePreviousLine() throws Exception {
        CommentParser parser = new CommentParser(JSON, io.tribune.moderation.engine.PolicyBook.defaults());
        var first = parser.parse("{\"id\":\"a\",\"edition\":\"en\",\"text\":\"x\",\"at\":\"2026-03-01T10:00:00Z\"}");
        var second = parser.parse("{\"id\":\"b\",\"edition\":\"en\",\"text\":\"y\"}");
        assertThat(second.at()).isEqualTo(first.at().plusSeconds(1));
        // So six junk lines without times from one author are a flood, while spread-out times are not.
        StringBuilder close = new StringBuilder();
        StringBuilder spread = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            close.append(line("c" + i, "asdfgh " + i, "dan", null, null));
            spread.append(line("s" + i, "asdfgh " + i, "dan", null, "2026-03-01T1" + i + ":00:00Z"));
        }
        assertThat(isFlood(run(close.toString()).lines().get(5))).isTrue();
        assertThat(run(spread.toString()).lines()).noneMatch(ModerationCliTests::isFlood);
    }

    @Test
    void aMissingAuthorIsADistinctAnonymousAuthorPerLine() {
        StringBuilder anonymous = new StringBuilder();
        StringBuilder oneAuthor = new StringBuilder();
        for (int i = 0; i < MOB.length; i++) {
            anonymous.append(line("a" + i, MOB[i], null, null, null));
            oneAuthor.append(line("o" + i, MOB[i], "same", null, "2026-03-01T1" + i + ":00:00Z"));
        }
        assertThat(run(anonymous.toString())
                        .lines()
                        .get(3)
                        .get("rules")
                        .get(0)
                        .get("rule")
                        .stringValue())
                .isEqualTo("flash_mob");
        assertThat(run(oneAuthor.toString()).lines()).noneMatch(n -> hasRule(n, "flash_mob"));
    }

    @Test
    void aBadPolicyFileExitsWithTwoAndAClearMessage() throws IOException {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "defaults:\n  rules:\n    rudeness: { action: hold }\n");
        Run run = run(line("c1", "hello", null, null, null), "--policy", policy.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("unknown rule id 'rudeness'")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        Run missing = run("", "--policy", dir.resolve("absent.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.yaml");
    }

    @Test
    void aPolicyFileIsMergedOverTheDefaults() throws IOException {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "defaults:\n  rules:\n    flash_mob: { action: hold }\n");
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < MOB.length; i++) {
            input.append(line("m" + i, MOB[i], "user" + i, null, null));
        }
        Run run = run(input.toString(), "--policy", policy.toString());
        JsonNode mob = run.lines()
                .get(3)
                .get("rules")
                .valueStream()
                .filter(hit -> hit.get("rule").stringValue().equals("flash_mob"))
                .findFirst()
                .orElseThrow();
        assertThat(mob.get("action").stringValue()).isEqualTo("hold");
    }

    @Test
    void unknownArgumentsExitWithTwo() {
        Run run = run("", "--polcy", "x");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown argument '--polcy'").contains("usage:");
    }

    @Test
    void awkwardTextsAreDecidedNeverCrash() {
        String megabyte = "word ".repeat(200_000);
        String input = line("big", megabyte, "u1", null, null)
                + line("emoji", "😀😀😀🎉", "u2", null, null)
                + line("blank", "   \t  ", "u3", null, null)
                + line("empty", "", "u4", null, null)
                + line("marks", "a" + "\u0301".repeat(10_000), "u5", null, null)
                + line("rtl", "\u202Eevil\u202C text", "u6", null, null);
        Run run = run(input);
        assertThat(run.code()).isZero();
        assertThat(run.lines())
                .extracting(n -> n.get("id").stringValue())
                .containsExactly("big", "emoji", "blank", "empty", "marks", "rtl");
        assertThat(run.lines())
                .allSatisfy(n -> assertThat(n.get("decision").stringValue()).isIn("approve", "hold", "reject"));
    }

    @Test
    void loneSurrogatesStillGiveValidUtf8() throws CharacterCodingException {
        String input =
                "{\"id\":\"s\\ud800\",\"edition\":\"en\",\"text\":\"bad \\udc00 half and \\ud83d\",\"author\":\"u\"}\n";
        Run run = run(input);
        String out = StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(run.out()))
                .toString();
        JsonNode decision = JSON.readTree(out.lines().findFirst().orElseThrow());
        assertThat(decision.get("id").stringValue()).isEqualTo("s\uFFFD");
        assertThat(decision.get("decision").stringValue()).isIn("approve", "hold", "reject");
    }

    @Test
    void invalidUtf8BytesAreReplacedNotFatal() {
        byte[] bytes = "{\"id\":\"b\",\"edition\":\"en\",\"text\":\"caf\u00e9 \"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = bytes.clone();
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("caf") + 3;
        broken[at + 1] = (byte) 0x28; // the second byte of é becomes '(', leaving a truncated sequence
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ModerationCli.run(
                new String[0],
                new ByteArrayInputStream(broken),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(JSON.readTree(out.toString(StandardCharsets.UTF_8)).get("id").stringValue())
                .isEqualTo("b");
    }

    @Test
    void theWordModerateInFrontIsAccepted() {
        Run run = run(line("c1", "A calm remark.", null, null, null), "moderate");
        assertThat(run.code()).isZero();
        assertThat(run.lines())
                .singleElement()
                .satisfies(n -> assertThat(n.get("id").stringValue()).isEqualTo("c1"));
    }
}
