package io.tribune.moderation.engine.activity;

import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.RulePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code flash_mob} rule: near-identical comments from several accounts within a window. Short
 * common reactions ("Great article", "Thank you") are never members: a comment needs enough words,
 * and the texts must be near-identical, not merely on the same subject.
 */
final class MobCheck {

    private static final int MAX_LISTED = 20;

    /**
     * @param window how far back the cluster reaches
     * @param minAccounts how many distinct accounts make a mob
     * @param minWords comments with fewer words are never members
     * @param minSimilarity estimated Jaccard similarity of character 4-grams from which two comments
     *     are near-identical
     */
    record Settings(Duration window, int minAccounts, int minWords, double minSimilarity) {

        static Settings of(RulePolicy rule) {
            return new Settings(
                    Duration.ofSeconds(Math.round(clamp(rule.param("windowSeconds", 600), 1, 86_400))),
                    (int) clamp(rule.param("minAccounts", 4), 2, 10_000),
                    (int) clamp(rule.param("minWords", 6), 1, 10_000),
                    clamp(rule.param("minSimilarity", 0.5), 0.05, 1));
        }
    }

    private final Settings settings;

    MobCheck(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    boolean canJoin(Trace trace) {
        return trace.tokens() >= settings.minWords() && !trace.fingerprint().isEmpty();
    }

    /** The mob the new comment is part of, if any; {@code candidates} share a fingerprint band with it. */
    Optional<Burst> check(Trace current, List<Trace> candidates) {
        if (!canJoin(current)) {
            return Optional.empty();
        }
        List<Trace> similar = new ArrayList<>();
        double total = 0;
        Set<String> accounts = new LinkedHashSet<>();
        accounts.add(current.account());
        for (Trace candidate : candidates) {
            double similarity = candidate.fingerprint().similarity(current.fingerprint());
            if (canJoin(candidate) && similarity >= settings.minSimilarity()) {
                similar.add(candidate);
                accounts.add(candidate.account());
                total += similarity;
            }
        }
        if (accounts.size() < settings.minAccounts()) {
            return Optional.empty();
        }
        double similarity = Math.round(total / similar.size() * 100) / 100.0;
        int size = accounts.size();
        // Near-identical texts from this many accounts are a mob beyond reasonable doubt.
        double score = Math.min(0.99, 0.95 + 0.02 * (size - settings.minAccounts()));
        List<Evidence> evidence = List.of(new Evidence.Similar(ids(similar, null), similarity, size));
        List<Burst.Member> earlier = new ArrayList<>();
        for (Trace member : similar.reversed()) {
            if (!member.isFlagged(RuleId.FLASH_MOB)) {
                List<String> others = new ArrayList<>();
                others.add(current.commentId());
                others.addAll(ids(similar, member.commentId()));
                earlier.add(new Burst.Member(
                        member.commentId(),
                        List.of(new Evidence.Similar(
                                others.subList(0, Math.min(MAX_LISTED, others.size())), similarity, size))));
            }
        }
        return Optional.of(new Burst(score, evidence, earlier));
    }

    private static List<String> ids(List<Trace> traces, String except) {
        return traces.stream()
                .map(Trace::commentId)
                .filter(id -> !id.equals(except))
                .limit(MAX_LISTED)
                .toList();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
