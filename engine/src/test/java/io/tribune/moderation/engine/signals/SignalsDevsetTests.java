package io.tribune.moderation.engine.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.LanguageIdentifier;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.SharedData;
import io.tribune.moderation.engine.Standing;
import io.tribune.moderation.engine.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Measures this package's rules on the shared development set (read at test time, skipped when it is
 * absent): per-rule precision and recall against the labelled rules, and false hits on the approvals.
 * Prints ids and figures only, never the texts.
 */
class SignalsDevsetTests {

    private static final Set<RuleId> OURS = EnumSet.of(
            RuleId.PRIVACY, RuleId.MALWARE_LINK, RuleId.CAPS_OR_NO_SENTENCES, RuleId.WRONG_LANGUAGE, RuleId.OFF_TOPIC);
    private static final List<Item> items = new ArrayList<>();
    private static final List<Decision> decisions = new ArrayList<>();

    record Item(String id, String edition, String expected, List<String> rules, String note) {
        boolean labelled(RuleId rule) {
            return rules.contains(rule.id());
        }

        boolean primary(RuleId rule) {
            return !rules.isEmpty() && rules.get(0).equals(rule.id()) && !expected.equals("approve");
        }
    }

    @BeforeAll
    static void screenDevset() throws IOException {
        Path devset = SharedData.find("devset.jsonl").orElse(null);
        if (devset == null) {
            return;
        }
        EngineConfig config = EngineConfig.defaults();
        LanguageIdentifier identifier = SignalDetectors.languageIdentifier(config);
        config.languages(identifier);
        Engine engine = Engine.with(config, SignalDetectors.create(config, identifier));
        ObjectMapper json = new ObjectMapper();
        List<Comment> comments = new ArrayList<>();
        for (String line : Files.readAllLines(devset)) {
            JsonNode node = json.readTree(line);
            List<String> rules = new ArrayList<>();
            node.get("rules").forEach(r -> rules.add(r.asString()));
            items.add(new Item(
                    node.get("id").asString(),
                    node.get("edition").asString(),
                    node.get("expected").asString(),
                    rules,
                    node.path("note").asString("")));
            JsonNode article = node.path("article");
            comments.add(new Comment(
                    node.get("id").asString(),
                    node.get("edition").asString(),
                    node.get("text").asString(),
                    null,
                    null,
                    Instant.EPOCH,
                    new ArticleText(
                            article.path("title").asString(""),
                            article.path("lead").asString(""),
                            article.path("body").asString("")),
                    node.path("parent").path("text").asString(null),
                    Standing.NEW));
        }
        for (Comment comment : comments) {
            decisions.add(engine.screen(comment).decision());
        }
        report();
    }

    @Test
    void fewApprovedCommentsAreHitByTheseRules() {
        assumeTrue(!items.isEmpty(), "devset not found");
        int approves = 0;
        int hit = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).expected().equals("approve")) {
                approves++;
                hit += ours(decisions.get(i)).isEmpty() ? 0 : 1;
            }
        }
        assertThat((double) hit / approves).isLessThan(0.03);
    }

    @Test
    void wrongLanguageRarelyFlagsGenuineComments() {
        assumeTrue(!items.isEmpty(), "devset not found");
        int genuine = 0;
        int flagged = 0;
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).labelled(RuleId.WRONG_LANGUAGE)) {
                genuine++;
                flagged += decisions.get(i).hit(RuleId.WRONG_LANGUAGE) ? 1 : 0;
            }
        }
        assertThat((double) flagged / genuine).isLessThan(0.01);
    }

    @Test
    void mostLabelledCommentsAreCaughtByTheirRule() {
        assumeTrue(!items.isEmpty(), "devset not found");
        for (RuleId rule : OURS) {
            assertThat(recall(rule)).as("recall of %s", rule).isGreaterThanOrEqualTo(0.6);
        }
    }

    private static double recall(RuleId rule) {
        int labelled = 0;
        int caught = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).primary(rule)) {
                labelled++;
                caught += decisions.get(i).hit(rule) ? 1 : 0;
            }
        }
        return labelled == 0 ? 1 : (double) caught / labelled;
    }

    private static Set<RuleId> ours(Decision decision) {
        Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
        for (RuleHit hit : decision.hits()) {
            if (OURS.contains(hit.rule()) && hit.verdict() != Verdict.APPROVE) {
                rules.add(hit.rule());
            }
        }
        return rules;
    }

    private static void report() {
        Map<RuleId, int[]> counts = new EnumMap<>(RuleId.class);
        List<String> misses = new ArrayList<>();
        List<String> falseHits = new ArrayList<>();
        List<String> otherVerdict = new ArrayList<>();
        int tricky = 0;
        int trickyHit = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Decision decision = decisions.get(i);
            Set<RuleId> hit = ours(decision);
            if (item.note().startsWith("tricky")) {
                tricky++;
                trickyHit += hit.isEmpty() ? 0 : 1;
            }
            for (RuleId rule : OURS) {
                if (item.primary(rule)) {
                    Verdict got = decision.hits().stream()
                            .filter(h -> h.rule() == rule)
                            .map(RuleHit::verdict)
                            .findFirst()
                            .orElse(Verdict.APPROVE);
                    if (!got.id().equals(item.expected())) {
                        otherVerdict.add(item.id() + ":" + item.expected() + "->" + got.id());
                    }
                }
                int[] c = counts.computeIfAbsent(rule, r -> new int[3]); // tp, fp, fn
                boolean labelled = item.labelled(rule);
                if (hit.contains(rule) && labelled) {
                    c[0]++;
                } else if (hit.contains(rule)) {
                    c[1]++;
                    falseHits.add(rule + ":" + item.id() + "(" + item.expected() + ")");
                } else if (item.primary(rule)) {
                    c[2]++;
                    misses.add(rule + ":" + item.id());
                }
            }
        }
        StringBuilder out = new StringBuilder("\nsignals on devset (rule: precision recall tp fp fn)\n");
        counts.forEach((rule, c) -> out.append(String.format(
                "  %-22s P=%.2f R=%.2f  %d %d %d%n",
                rule.id(),
                c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]),
                c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]),
                c[0],
                c[1],
                c[2])));
        out.append(String.format("  tricky approves hit: %d of %d%n", trickyHit, tricky));
        out.append("  misses: ").append(misses).append('\n');
        out.append("  false hits: ").append(falseHits).append('\n');
        out.append("  caught with another verdict than expected: ")
                .append(otherVerdict)
                .append('\n');
        System.out.print(out);
    }
}
