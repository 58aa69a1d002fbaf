package io.tribune.moderation.engine.fairness;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.Verdict;
import io.tribune.moderation.engine.activity.ActivityStore;
import io.tribune.moderation.engine.activity.InMemoryActivityStore;
import io.tribune.moderation.engine.semantic.EncoderUnderTest;
import io.tribune.moderation.engine.semantic.SemanticDetector;
import io.tribune.moderation.engine.semantic.SemanticSetup;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Screens the identity cases and counts, per language and per group, the share of hateful cases blocked
 * (held or rejected) and the share of allowed cases blocked. {@code main} prints both engines' tables:
 * <pre>bench/identity.sh</pre>
 */
public final class IdentityReport {

    /** {blocked, total} for hateful and for allowed cases. */
    public static final class Rates {
        int hatefulBlocked;
        int hateful;
        int allowedBlocked;
        int allowed;
        final List<String> mistakes = new ArrayList<>();

        public double hatefulBlockedRate() {
            return hateful == 0 ? 1 : (double) hatefulBlocked / hateful;
        }

        public double allowedBlockedRate() {
            return allowed == 0 ? 0 : (double) allowedBlocked / allowed;
        }

        public List<String> mistakes() {
            return mistakes;
        }
    }

    /** Per language, then per group ("all" for the whole language). */
    /** An engine and the activity store it remembers comments in, cleared before each case. */
    public record Screener(Engine engine, InMemoryActivityStore store) {

        /** The decision on one comment, screened as if no comment had come before it. */
        public Decision decide(String language, String text) {
            store.clear();
            return engine.screen(Comment.of("case", language, text)).decision();
        }
    }

    public static Screener screener(PolicyBook policies) {
        InMemoryActivityStore store = new InMemoryActivityStore();
        Engine engine = Engine.standard(EngineConfig.defaults()
                .policies(policies)
                .component(ActivityStore.class, store)
                .component(SemanticSetup.class, EncoderUnderTest.setup()));
        return new Screener(engine, store);
    }

    public static Screener standard() {
        return screener(PolicyBook.defaults());
    }

    /** Independent cases: the templates would otherwise look like a flash mob to the activity rules. */
    public static Map<String, Map<String, Rates>> measure(Screener screener) {
        Engine engine = screener.engine();
        Map<String, Map<String, Rates>> all = new TreeMap<>();
        int n = 0;
        for (String language : IdentityCases.languages()) {
            Map<String, Rates> byGroup = all.computeIfAbsent(language, l -> new TreeMap<>());
            for (IdentityCases.Case c : IdentityCases.cases(language)) {
                screener.store().clear();
                Decision decision = engine.screen(Comment.of("identity-" + n++, language, c.text()))
                        .decision();
                boolean blocked = decision.verdict() != Verdict.APPROVE;
                for (Rates rates : List.of(
                        byGroup.computeIfAbsent("all", g -> new Rates()),
                        byGroup.computeIfAbsent(c.group(), g -> new Rates()))) {
                    if (c.hateful()) {
                        rates.hateful++;
                        rates.hatefulBlocked += blocked ? 1 : 0;
                    } else {
                        rates.allowed++;
                        rates.allowedBlocked += blocked ? 1 : 0;
                    }
                }
                if (blocked != c.hateful()) {
                    byGroup.get("all")
                            .mistakes
                            .add(c.kind() + (blocked ? " blocked: " : " published: ") + c.text() + " "
                                    + decision.hits().stream()
                                            .map(IdentityReport::describe)
                                            .toList());
                }
            }
        }
        return all;
    }

    /**
     * A hit as {@code rule=score}, with the head's probability when a semantic head drove it: the score is
     * on the policy's scale (a head's hold threshold maps to the rule's {@code holdThreshold}, e.g. 0.4), so
     * a held score below 0.5 is not a probability below the head's threshold.
     */
    static String describe(RuleHit hit) {
        String probability = hit.evidence().stream()
                .filter(e -> e instanceof Evidence.Measure m
                        && m.name().equals(SemanticDetector.MEASURE + hit.rule().id()))
                .map(e -> " (p=" + ((Evidence.Measure) e).value() + ")")
                .findFirst()
                .orElse("");
        return hit.rule().id() + "=" + hit.score() + probability;
    }

    public static Screener lexicalOnly() {
        return screener(PolicyBook.withOverrides(
                new ByteArrayInputStream("defaults: { encoder: none }\n".getBytes(StandardCharsets.UTF_8)),
                "lexical only"));
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        boolean verbose = List.of(args).contains("--mistakes");
        print(out, "Lexical engine and n-gram classifier (no encoder)", measure(lexicalOnly()), verbose);
        print(
                out,
                "Standard engine (" + EncoderUnderTest.shared().name() + " for English)",
                measure(standard()),
                verbose);
    }

    static void print(PrintStream out, String title, Map<String, Map<String, Rates>> rates, boolean mistakes) {
        out.println("### " + title);
        out.println();
        out.println("```");
        out.printf(Locale.ROOT, "%-4s %-18s %16s %16s%n", "lang", "group", "hateful blocked", "allowed blocked");
        rates.forEach((language, groups) -> {
            groups.forEach((group, r) -> out.printf(
                    Locale.ROOT,
                    "%-4s %-18s %6d/%-3d %5.1f%% %6d/%-3d %5.1f%%%n",
                    language,
                    group,
                    r.hatefulBlocked,
                    r.hateful,
                    100 * r.hatefulBlockedRate(),
                    r.allowedBlocked,
                    r.allowed,
                    100 * r.allowedBlockedRate()));
            if (mistakes) {
                groups.get("all").mistakes.forEach(m -> out.println("    " + m));
            }
        });
        out.println("```");
        out.println();
    }
}
