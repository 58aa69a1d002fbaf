package io.tribune.moderation.engine.activity;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.Report;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Screening;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stateful rules, {@code flood} and {@code flash_mob}: compares the new comment with the recent
 * ones in the activity store, files it there, and revises the earlier comments of a flood or mob it
 * reveals. One detector for both rules, so each comment is filed once.
 */
final class ActivityDetector implements Detector {

    private static final int MAX_NEARBY = 500;

    private final ActivityStore store;

    ActivityDetector(ActivityStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public Set<RuleId> rules() {
        return EnumSet.of(RuleId.FLOOD, RuleId.FLASH_MOB);
    }

    @Override
    public void inspect(Screening screening, Report report) {
        Comment comment = screening.comment();
        Policy policy = screening.policy();
        Gist gist = screening.get(Gist.ANALYSIS);
        FloodCheck flood = new FloodCheck(FloodCheck.Settings.of(policy.rule(RuleId.FLOOD)));
        MobCheck mob = new MobCheck(MobCheck.Settings.of(policy.rule(RuleId.FLASH_MOB)));
        Instant at = comment.at();

        Trace draft = new Trace(
                comment.id(),
                comment.edition(),
                Keys.fit(blankToNull(comment.author()), 200),
                Keys.fit(blankToNull(comment.address()), 100),
                at,
                gist.fingerprint(),
                gist.tokens(),
                false,
                Set.of());
        List<Trace> nearby = store.nearby(
                draft, at.minus(flood.settings().window()), flood.settings().maxTeamAccounts(), MAX_NEARBY);
        List<Trace> repeated = flood.repeated(draft, nearby);
        Trace trace = new Trace(
                draft.commentId(),
                draft.edition(),
                draft.author(),
                draft.address(),
                at,
                draft.fingerprint(),
                draft.tokens(),
                flood.saysLittle(gist, !repeated.isEmpty()),
                Set.of());
        // No deadline check from here on: the work is bounded (at most 500 traces per query, 4,000
        // chars per text), and stopping between the queries and the record would lose the trace.

        Optional<Burst> floodBurst =
                policy.isEnabled(RuleId.FLOOD) ? flood.check(trace, nearby, repeated) : Optional.empty();
        Optional<Burst> mobBurst = Optional.empty();
        if (policy.isEnabled(RuleId.FLASH_MOB) && mob.canJoin(trace)) {
            List<String> bands = trace.fingerprint().bandKeys().stream()
                    .map(band -> Keys.band(trace.edition(), band))
                    .toList();
            mobBurst = mob.check(
                    trace,
                    others(trace, store.recent(bands, at.minus(mob.settings().window()), at, MAX_NEARBY)));
        }

        Set<RuleId> flagged = EnumSet.noneOf(RuleId.class);
        floodBurst.ifPresent(b -> flagged.add(RuleId.FLOOD));
        mobBurst.ifPresent(b -> flagged.add(RuleId.FLASH_MOB));
        store.record(new Trace(
                trace.commentId(),
                trace.edition(),
                trace.author(),
                trace.address(),
                at,
                trace.fingerprint(),
                trace.tokens(),
                trace.lowContent(),
                flagged));
        floodBurst.ifPresent(b -> reportBurst(RuleId.FLOOD, b, report));
        mobBurst.ifPresent(b -> reportBurst(RuleId.FLASH_MOB, b, report));
    }

    private void reportBurst(RuleId rule, Burst burst, Report report) {
        report.add(new Finding(rule, burst.score(), burst.evidence()));
        List<String> revised = new ArrayList<>();
        for (Burst.Member member : burst.earlier()) {
            report.revise(member.commentId(), new Finding(rule, burst.score(), member.evidence()));
            revised.add(member.commentId());
        }
        if (!revised.isEmpty()) {
            store.flag(revised, rule);
        }
    }

    /** The traces without the comment itself, which is there when the same comment is screened again. */
    private static List<Trace> others(Trace trace, List<Trace> traces) {
        return traces.stream()
                .filter(t -> !t.commentId().equals(trace.commentId()))
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
