package io.tribune.moderation.engine.activity;

import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.RulePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code flood} rule: too many comments in a window from one account, or from a small team of
 * accounts taking turns on one address or network; or a run of comments that say little (short,
 * incoherent, or repeating the same line). The whole burst in the window is the flood, so the earlier
 * comments in it are revised too.
 */
final class FloodCheck {

    /**
     * @param window how far back a burst reaches
     * @param maxComments more comments than this in the window is a flood whatever they say
     * @param maxLowContent more comments that say little than this, when they are at least half of
     *     the burst, is a flood
     * @param shortWords a comment with at most this many words says little
     * @param repeatSimilarity a comment this similar to one of its author's recent ones repeats it
     * @param maxCopies more copies of one line than this in the window is a flood
     * @param maxTeamAccounts at most this many accounts on one network count as a team
     */
    record Settings(
            Duration window,
            int maxComments,
            int maxLowContent,
            int shortWords,
            double repeatSimilarity,
            int maxCopies,
            int maxTeamAccounts) {

        static Settings of(RulePolicy rule) {
            return new Settings(
                    Duration.ofSeconds(Math.round(clamp(rule.param("windowSeconds", 120), 1, 86_400))),
                    (int) clamp(rule.param("maxComments", 6), 1, 10_000),
                    (int) clamp(rule.param("maxLowContent", 4), 1, 10_000),
                    (int) clamp(rule.param("shortWords", 4), 0, 1_000),
                    clamp(rule.param("repeatSimilarity", 0.7), 0.05, 1),
                    (int) clamp(rule.param("maxCopies", 2), 1, 10_000),
                    (int) clamp(rule.param("maxTeamAccounts", 3), 2, 100));
        }
    }

    private final Settings settings;

    FloodCheck(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    /**
     * The recent comments of the same account that the new one repeats, most similar first; an
     * anonymous author is known by the address alone. Different readers on one address (a stadium, an
     * office) who happen to write alike do not repeat each other.
     */
    List<Trace> repeated(Trace current, List<Trace> nearby) {
        return nearby.stream()
                .filter(t -> current.author() != null
                        ? current.author().equals(t.author())
                        : t.author() == null && sameAddress(current).test(t))
                .filter(t -> t.fingerprint().similarity(current.fingerprint()) >= settings.repeatSimilarity())
                .sorted(Comparator.comparingDouble((Trace t) -> t.fingerprint().similarity(current.fingerprint()))
                        .reversed())
                .toList();
    }

    boolean saysLittle(Gist gist, boolean repeats) {
        return repeats || gist.isIncoherent() || gist.tokens() <= settings.shortWords();
    }

    /** The flood the new comment is part of, if any; {@code nearby} are the traces in its window. */
    Optional<Burst> check(Trace current, List<Trace> nearby, List<Trace> repeated) {
        Scope best = null;
        List<Scope> triggered = new ArrayList<>();
        for (Scope scope : scopes(current, nearby, repeated)) {
            if (scope.excess() > 0) {
                triggered.add(scope);
                if (best == null || scope.excess() > best.excess()) {
                    best = scope;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // A burst past its limit is a flood beyond doubt, and the flood explains its comments better
        // than anything one of them says alone: the score puts it first among their rules.
        double score = 0.99;
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(best.rate());
        if (best.accounts() > 1) {
            evidence.add(new Evidence.Measure("accounts", best.accounts()));
        }
        if (!repeated.isEmpty()) {
            evidence.add(new Evidence.Similar(
                    repeated.stream().limit(20).map(Trace::commentId).toList(),
                    round(repeated.getFirst().fingerprint().similarity(current.fingerprint())),
                    1));
        }
        Map<String, Trace> members = new LinkedHashMap<>();
        for (Scope scope : triggered) {
            for (Trace t : scope.traces()) {
                if (!t.isFlagged(RuleId.FLOOD)) {
                    members.putIfAbsent(t.commentId(), t);
                }
            }
        }
        Evidence.Rate rate = best.rate();
        List<Burst.Member> earlier = members.values().stream()
                .sorted(Comparator.comparing(Trace::at))
                .map(t -> new Burst.Member(t.commentId(), List.of(rate)))
                .toList();
        return Optional.of(new Burst(score, evidence, earlier));
    }

    private List<Scope> scopes(Trace current, List<Trace> nearby, List<Trace> repeated) {
        List<Scope> scopes = new ArrayList<>();
        if (!repeated.isEmpty()) {
            String per = current.author() != null ? "author" : "address";
            scopes.add(new Scope(per, repeated, repeated.size() + 1, repeated.size() + 1, 1, true));
        }
        if (current.author() != null) {
            scopes.add(scope("author", current, nearby, sameAuthor(current)));
        }
        // An address or network shared by more accounts than a team is a shared network (a stadium,
        // an office, a mobile carrier): its readers are judged one by one, by author.
        if (current.address() != null) {
            Scope address = scope("address", current, nearby, sameAddress(current));
            if (address.accounts() <= settings.maxTeamAccounts()) {
                scopes.add(address);
            }
        }
        String network = current.network();
        if (network != null) {
            Scope team = scope("address", current, nearby, t -> network.equals(t.network()));
            if (team.accounts() >= 2 && team.accounts() <= settings.maxTeamAccounts()) {
                scopes.add(team);
            }
        }
        return scopes;
    }

    private Scope scope(String per, Trace current, List<Trace> nearby, Predicate<Trace> belongs) {
        List<Trace> traces = nearby.stream().filter(belongs).toList();
        Set<String> accounts = new LinkedHashSet<>();
        accounts.add(Nearby.account(current));
        traces.forEach(t -> accounts.add(Nearby.account(t)));
        int count = traces.size() + 1;
        int low = (int) traces.stream().filter(Trace::lowContent).count() + (current.lowContent() ? 1 : 0);
        return new Scope(per, traces, count, low, accounts.size(), false);
    }

    private Predicate<Trace> sameAuthor(Trace current) {
        return t -> current.author() != null && current.author().equals(t.author());
    }

    private Predicate<Trace> sameAddress(Trace current) {
        return t -> current.address() != null && Objects.equals(current.address(), t.address());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /**
     * One way of grouping the burst: by author, by address, by a team on one network, or the copies of
     * one line.
     */
    private final class Scope {
        private final String per;
        private final List<Trace> traces;
        private final int count;
        private final int low;
        private final int accounts;
        private final boolean isCopies;

        Scope(String per, List<Trace> traces, int count, int low, int accounts, boolean isCopies) {
            this.per = per;
            this.traces = traces;
            this.count = count;
            this.low = low;
            this.accounts = accounts;
            this.isCopies = isCopies;
        }

        List<Trace> traces() {
            return traces;
        }

        int accounts() {
            return accounts;
        }

        /** How far past its limit the burst is; 0 or less when it is within limits. */
        int excess() {
            return Math.max(byCount(), byContent());
        }

        /** The rate that the burst exceeds most: all its comments, or those that say little. */
        Evidence.Rate rate() {
            if (isCopies) {
                return new Evidence.Rate(per, count, settings.window(), settings.maxCopies());
            }
            return byContent() > byCount()
                    ? new Evidence.Rate(per, low, settings.window(), settings.maxLowContent())
                    : new Evidence.Rate(per, count, settings.window(), settings.maxComments());
        }

        private int byCount() {
            if (isCopies) {
                return count - settings.maxCopies();
            }
            return count - settings.maxComments();
        }

        private int byContent() {
            if (isCopies) {
                return 0;
            }
            // Comments that say little make a flood only when they are at least half of the burst.
            return low * 2 >= count ? low - settings.maxLowContent() : 0;
        }
    }
}
