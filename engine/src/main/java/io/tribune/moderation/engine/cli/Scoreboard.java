package io.tribune.moderation.engine.cli;

import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures of an evaluation. A predicted rule is the primary hit of a decision that is not
 * approve; the true rule is the first listed rule of an item expected to be held or rejected. A
 * held item is right when held.
 */
final class Scoreboard {

    /** A labelled comment the engine decided differently. */
    record Mistake(String id, Verdict expected, Verdict decided, RuleId expectedRule, RuleId decidedRule) {}

    private final Map<RuleId, int[]> counts = new EnumMap<>(RuleId.class);
    private final int[][] confusion = new int[3][3];
    private final List<Mistake> mistakes = new ArrayList<>();
    private int items;
    private int approves;
    private int falseRejects;
    private int trickyApproves;
    private int trickyFalseRejects;

    void add(String id, Verdict expected, RuleId expectedRule, Decision decision, boolean tricky) {
        Verdict decided = decision.verdict();
        RuleId decidedRule = decided == Verdict.APPROVE
                ? null
                : decision.primary().map(RuleHit::rule).orElse(null);
        RuleId truth = expected == Verdict.APPROVE ? null : expectedRule;
        items++;
        confusion[expected.ordinal()][decided.ordinal()]++;
        if (truth != null && truth == decidedRule) {
            count(truth)[0]++;
        } else {
            if (decidedRule != null) {
                count(decidedRule)[1]++;
            }
            if (truth != null) {
                count(truth)[2]++;
            }
        }
        if (expected == Verdict.APPROVE) {
            approves++;
            if (tricky) {
                trickyApproves++;
            }
            if (decided == Verdict.REJECT) {
                falseRejects++;
                if (tricky) {
                    trickyFalseRejects++;
                }
            }
        }
        if (decided != expected || truth != decidedRule) {
            mistakes.add(new Mistake(id, expected, decided, truth, decidedRule));
        }
    }

    int items() {
        return items;
    }

    List<Mistake> mistakes() {
        return List.copyOf(mistakes);
    }

    double accuracy() {
        int right = 0;
        for (int i = 0; i < 3; i++) {
            right += confusion[i][i];
        }
        return ratio(right, items);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "%-22s %5s %5s %5s %9s %9s %9s%n", "rule", "tp", "fp", "fn", "precision", "recall", "f1"));
        counts.forEach((rule, c) -> out.append(String.format(
                Locale.ROOT,
                "%-22s %5d %5d %5d %9.3f %9.3f %9.3f%n",
                rule.id(),
                c[0],
                c[1],
                c[2],
                precision(c),
                recall(c),
                f1(c))));
        int[] micro = micro();
        out.append(String.format(
                Locale.ROOT,
                "%-22s %5d %5d %5d %9.3f %9.3f %9.3f%n",
                "micro",
                micro[0],
                micro[1],
                micro[2],
                precision(micro),
                recall(micro),
                f1(micro)));
        out.append(String.format(Locale.ROOT, "%-22s %41.3f%n", "macro f1", macroF1()));
        out.append(String.format(Locale.ROOT, "%nitems %d, decision accuracy %.3f%n", items, accuracy()));
        out.append(String.format(Locale.ROOT, "%-16s %8s %8s %8s%n", "expected \\ got", "approve", "hold", "reject"));
        for (Verdict expected : Verdict.values()) {
            int[] row = confusion[expected.ordinal()];
            out.append(String.format(Locale.ROOT, "%-16s %8d %8d %8d%n", expected.id(), row[0], row[1], row[2]));
        }
        out.append(String.format(
                Locale.ROOT,
                "false rejects on approves: %d of %d (%.3f); on tricky approves: %d of %d (%.3f)%n",
                falseRejects,
                approves,
                ratio(falseRejects, approves),
                trickyFalseRejects,
                trickyApproves,
                ratio(trickyFalseRejects, trickyApproves)));
        return out.toString();
    }

    ObjectNode json(JsonMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("items", items);
        node.put("accuracy", round(accuracy()));
        ObjectNode matrix = node.putObject("confusion");
        for (Verdict expected : Verdict.values()) {
            ObjectNode row = matrix.putObject(expected.id());
            for (Verdict decided : Verdict.values()) {
                row.put(decided.id(), confusion[expected.ordinal()][decided.ordinal()]);
            }
        }
        node.put("approves", approves);
        node.put("falseRejects", falseRejects);
        node.put("falseRejectRate", round(ratio(falseRejects, approves)));
        node.put("trickyApproves", trickyApproves);
        node.put("trickyFalseRejects", trickyFalseRejects);
        node.put("trickyFalseRejectRate", round(ratio(trickyFalseRejects, trickyApproves)));
        ObjectNode rules = node.putObject("rules");
        counts.forEach((rule, c) -> figures(rules.putObject(rule.id()), c));
        figures(node.putObject("micro"), micro());
        node.put("macroF1", round(macroF1()));
        return node;
    }

    private static void figures(ObjectNode node, int[] c) {
        node.put("tp", c[0]);
        node.put("fp", c[1]);
        node.put("fn", c[2]);
        node.put("precision", round(precision(c)));
        node.put("recall", round(recall(c)));
        node.put("f1", round(f1(c)));
    }

    private int[] count(RuleId rule) {
        return counts.computeIfAbsent(rule, r -> new int[3]);
    }

    private int[] micro() {
        int[] total = new int[3];
        counts.values().forEach(c -> {
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        return total;
    }

    /** The mean F1 over the rules that occur in the labels or the predictions. */
    private double macroF1() {
        return counts.values().stream().mapToDouble(Scoreboard::f1).average().orElse(0);
    }

    private static double precision(int[] c) {
        return ratio(c[0], c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return ratio(c[0], c[0] + c[2]);
    }

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
