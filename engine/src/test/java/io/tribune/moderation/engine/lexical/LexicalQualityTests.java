package io.tribune.moderation.engine.lexical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.SharedData;
import io.tribune.moderation.engine.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Measures the lexical detectors on the shared labelled data (skipped when it is absent): evasion
 * recall and false hits on the profanity-evasion lists, per-rule precision and recall on the devset.
 * Prints the figures and asserts loose floors, so that a regression fails. Logs ids, never texts.
 */
class LexicalQualityTests {

    private static final Engine ENGINE =
            Engine.with(EngineConfig.defaults(), LexicalDetectors.create(EngineConfig.defaults()));
    /** rustrict's "inappropriate": profane, offensive, sexual or mean. */
    private static final Set<RuleId> OFFENSIVE = Set.of(
            RuleId.PROFANITY,
            RuleId.HATE,
            RuleId.INSULT_THREAT,
            RuleId.TROLLING,
            RuleId.SUICIDE,
            RuleId.MINORS,
            RuleId.EXTREMISM,
            RuleId.VIOLENCE_CRUELTY);

    @Test
    void catchesEvasiveSpellingsWithoutScunthorpeHits() throws IOException {
        Path folder = SharedData.find("profanity-evasion").orElse(null);
        assumeTrue(folder != null && Files.isDirectory(folder), "profanity-evasion data absent");
        List<String> positives = lines(folder.resolve("test_positive.txt"));
        int profane = 0;
        int offensive = 0;
        List<Integer> missed = new ArrayList<>();
        for (int i = 0; i < positives.size(); i++) {
            Set<RuleId> rules = flagged(positives.get(i));
            if (rules.contains(RuleId.PROFANITY)) {
                profane++;
            }
            if (rules.stream().anyMatch(OFFENSIVE::contains)) {
                offensive++;
            } else {
                missed.add(i + 1);
            }
        }
        double recall = (double) profane / positives.size();
        double offensiveRecall = (double) offensive / positives.size();
        System.out.printf(
                "evasion: %d lines, profanity recall %.4f, any offensive rule recall %.4f%n",
                positives.size(), recall, offensiveRecall);
        Set<Integer> outOfScope = outOfScopeLines();
        long inScope = positives.size() - outOfScope.size();
        long inScopeMissed =
                missed.stream().filter(n -> !outOfScope.contains(n)).count();
        double inScopeRecall = (double) (inScope - inScopeMissed) / inScope;
        System.out.printf(
                "evasion: in scope of our standards %d lines, missed %d, recall %.4f%n",
                inScope, inScopeMissed, inScopeRecall);
        System.out.println("evasion: missed line numbers " + missed);
        double negatives = falseHitRate(lines(folder.resolve("test_negative.txt")), "test_negative");
        double safe = falseHitRate(lines(folder.resolve("test_safe.txt")), "test_safe");
        double scunthorpe = falseHitRate(lines(folder.resolve("false_positives.txt")), "false_positives");
        // rustrict's list also flags mild, sexual and identity words our standards allow ("hell", "sex", "lesbian")
        assertThat(recall).isGreaterThan(0.64);
        assertThat(offensiveRecall).isGreaterThan(0.69);
        assertThat(inScopeRecall).isGreaterThan(0.945);
        assertThat(negatives).isLessThan(0.03);
        assertThat(safe).isLessThan(0.03);
        assertThat(scunthorpe).isLessThan(0.01);
    }

    @Test
    void scoresTheLexicalRulesOnTheDevset() throws IOException {
        Path devset = SharedData.find("devset.jsonl").orElse(null);
        assumeTrue(devset != null && Files.isRegularFile(devset), "devset absent");
        ObjectMapper json = new ObjectMapper();
        Map<RuleId, int[]> counts = new EnumMap<>(RuleId.class);
        int tricky = 0;
        int trickyFlagged = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : lines(devset)) {
            JsonNode item = json.readTree(line);
            JsonNode article = item.path("article");
            Comment comment = new Comment(
                    item.get("id").asString(),
                    item.get("edition").asString(),
                    item.get("text").asString(),
                    null,
                    null,
                    Instant.EPOCH,
                    new ArticleText(
                            article.path("title").asString(""),
                            article.path("lead").asString(""),
                            ""),
                    null,
                    null);
            Decision decision = ENGINE.screen(comment).decision();
            List<String> expected = new ArrayList<>();
            item.get("rules").forEach(r -> expected.add(r.asString()));
            String primary = expected.isEmpty() ? null : expected.get(0);
            boolean isHold = item.get("expected").asString().equals("hold");
            for (RuleId rule : LexiconSource.RULES) {
                int[] c = counts.computeIfAbsent(rule, r -> new int[3]);
                boolean fired = decision.hits().stream().anyMatch(h -> h.rule() == rule);
                boolean isPrimary = rule.id().equals(primary) && !isHold;
                if (fired && expected.contains(rule.id())) {
                    c[0]++;
                } else if (fired) {
                    c[1]++;
                    wrong.add(item.get("id").asString() + " +" + rule.id());
                }
                if (isPrimary && !fired) {
                    c[2]++;
                    wrong.add(item.get("id").asString() + " -" + rule.id());
                }
            }
            if (item.get("note").asString().startsWith("tricky")) {
                tricky++;
                if (decision.verdict() != Verdict.APPROVE) {
                    trickyFlagged++;
                    wrong.add(item.get("id").asString() + " tricky:"
                            + decision.hits().stream().map(RuleHit::rule).toList());
                }
            }
        }
        Map<String, String> table = new TreeMap<>();
        for (Map.Entry<RuleId, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            double precision = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
            table.put(
                    e.getKey().id(),
                    String.format("tp %d fp %d fn %d  P %.2f R %.2f", c[0], c[1], c[2], precision, recall));
        }
        table.forEach((rule, figures) -> System.out.printf("devset %-22s %s%n", rule, figures));
        System.out.printf("devset tricky approves flagged: %d of %d%n", trickyFlagged, tricky);
        System.out.println("devset misses and false hits: " + wrong);
        assertThat((double) trickyFlagged / tricky).isLessThan(0.1);
    }

    /** The line numbers judged outside our rules (clinical, mild, identity words...), see the file's header. */
    private static Set<Integer> outOfScopeLines() throws IOException {
        Set<Integer> lines = new HashSet<>();
        try (var in = LexicalQualityTests.class.getResourceAsStream("evasion-out-of-scope.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(Integer.parseInt(line.substring(0, line.indexOf(' '))));
                }
            }
        }
        return lines;
    }

    private static double falseHitRate(List<String> lines, String name) {
        int flagged = 0;
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!flagged(lines.get(i)).isEmpty()) {
                flagged++;
                hits.add(i + 1);
            }
        }
        double rate = lines.isEmpty() ? 0 : (double) flagged / lines.size();
        System.out.printf(
                "evasion: %s %d lines, flagged %d (%.4f) at lines %s%n",
                name, lines.size(), flagged, rate, hits.subList(0, Math.min(60, hits.size())));
        return rate;
    }

    private static Set<RuleId> flagged(String text) {
        Decision decision = ENGINE.screen(Comment.of("e", "en", text)).decision();
        Set<RuleId> rules = new HashSet<>();
        for (RuleHit hit : decision.hits()) {
            rules.add(hit.rule());
        }
        return rules;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
    }
}
