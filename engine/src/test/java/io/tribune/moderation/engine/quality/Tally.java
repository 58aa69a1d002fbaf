package io.tribune.moderation.engine.quality;

import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts decisions against labels. "Blocked" is not published: held for a moderator or rejected. A
 * labelled reject or hold should be blocked; an approve should not.
 */
public final class Tally {

    /** Blocked-or-not counts for one group of items. */
    static final class Counts {
        int items;
        int truePositives;
        int falsePositives;
        int falseNegatives;
        int clean;
        int cleanBlocked;
        int cleanRejected;
        int shouldBlock;
        int rightRule;

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Counts all = new Counts();
    private final Map<String, Counts> byLanguage = new TreeMap<>();
    private final Map<RuleId, Counts> byRule = new EnumMap<>(RuleId.class);
    private final Map<RuleId, int[]> predictedRule = new EnumMap<>(RuleId.class); // {predicted, right}

    public void add(Devset.Item item, Decision decision) {
        boolean blocked = decision.verdict() != Verdict.APPROVE;
        RuleId decided = decision.hits().isEmpty() ? null : primary(decision);
        for (Counts counts : new Counts[] {
            all,
            byLanguage.computeIfAbsent(item.edition(), e -> new Counts()),
            item.rule() == null ? null : byRule.computeIfAbsent(item.rule(), r -> new Counts())
        }) {
            if (counts == null) {
                continue;
            }
            counts.items++;
            if (item.shouldBlock()) {
                counts.shouldBlock++;
                if (blocked) {
                    counts.truePositives++;
                    counts.rightRule += decided == item.rule() ? 1 : 0;
                } else {
                    counts.falseNegatives++;
                }
            } else {
                counts.clean++;
                if (blocked) {
                    counts.falsePositives++;
                    counts.cleanBlocked++;
                    counts.cleanRejected += decision.verdict() == Verdict.REJECT ? 1 : 0;
                }
            }
        }
        if (blocked && decided != null) {
            int[] counts = predictedRule.computeIfAbsent(decided, r -> new int[2]);
            counts[0]++;
            counts[1] += decided == item.rule() ? 1 : 0;
        }
    }

    private static RuleId primary(Decision decision) {
        for (RuleHit hit : decision.hits()) {
            if (hit.verdict() == decision.verdict()) {
                return hit.rule();
            }
        }
        return decision.hits().get(0).rule();
    }

    public double blockedF1() {
        return all.f1();
    }

    public double blockedF1(String edition) {
        Counts counts = byLanguage.get(edition);
        return counts == null ? 0 : counts.f1();
    }

    public double cleanBlockedRate() {
        return ratio(all.cleanBlocked, all.clean);
    }

    public double ruleRecall(RuleId rule) {
        Counts counts = byRule.get(rule);
        return counts == null ? 0 : counts.recall();
    }

    public void print(PrintStream out, String title) {
        out.println("## " + title);
        out.println();
        out.println("```");
        out.printf(
                Locale.ROOT,
                "%-22s %5s %6s %9s %7s %7s %12s %12s%n",
                "language",
                "items",
                "block",
                "precision",
                "recall",
                "F1",
                "clean held+",
                "clean rej.");
        for (var entry : byLanguage.entrySet()) {
            language(out, entry.getKey(), entry.getValue());
        }
        language(out, "all", all);
        out.println();
        out.printf(
                Locale.ROOT,
                "%-22s %5s %9s %11s %15s%n",
                "rule (rules[0])",
                "items",
                "recall",
                "right rule",
                "rule precision");
        for (var entry : byRule.entrySet()) {
            Counts counts = entry.getValue();
            int[] predicted = predictedRule.getOrDefault(entry.getKey(), new int[2]);
            out.printf(
                    Locale.ROOT,
                    "%-22s %5d %9.3f %11.3f %15s%n",
                    entry.getKey().id(),
                    counts.shouldBlock,
                    counts.recall(),
                    ratio(counts.rightRule, counts.shouldBlock),
                    predicted[0] == 0
                            ? "-"
                            : String.format(Locale.ROOT, "%.3f (%d)", ratio(predicted[1], predicted[0]), predicted[0]));
        }
        out.println("```");
        out.println();
    }

    private static void language(PrintStream out, String name, Counts c) {
        out.printf(
                Locale.ROOT,
                "%-22s %5d %6d %9.3f %7.3f %7.3f %5d/%-3d %4.1f%% %5d %4.1f%%%n",
                name,
                c.items,
                c.shouldBlock,
                c.precision(),
                c.recall(),
                c.f1(),
                c.cleanBlocked,
                c.clean,
                100 * ratio(c.cleanBlocked, c.clean),
                c.cleanRejected,
                100 * ratio(c.cleanRejected, c.clean));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
