package io.tribune.moderation.engine.activity;

import io.tribune.moderation.engine.RuleId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The recent comments that the stateful rules (flood, flash_mob) compare a new comment with, filed
 * by author, address, network and fingerprint band. Times are the comments' own times, never the
 * clock of the node that asks. Implementations are safe to share between threads; {@link
 * JdbcActivityStore} is also shared between application nodes. Register one with {@code
 * EngineConfig.component(ActivityStore.class, store)}; without one the engine keeps its own {@link
 * InMemoryActivityStore}.
 */
public interface ActivityStore {

    /** Files a screened comment, replacing an earlier trace with the same comment id. */
    void record(Trace trace);

    /**
     * The traces filed under any of the keys (see {@link Trace#keys()}) with {@code since <= at <=
     * until}, each once, newest first, at most {@code limit}.
     */
    List<Trace> recent(Collection<String> keys, Instant since, Instant until, int limit);

    /**
     * The traces the flood rule compares a new comment with: those filed under its author's, address's
     * and network's keys with {@code since <= at <=} its time, other than its own, each once, newest
     * first, at most {@code limit}. An address or network on which {@code maxAccounts} accounts other
     * than the comment's posted in that time is shared by more accounts than a team (a stadium, an
     * office), and the rule judges its readers by author: of its other accounts' traces, a store may
     * return only one of each of {@code maxAccounts} accounts, so that reading a busy network costs no
     * more than a quiet one. Accounts are counted as the rule counts them: an author, or the anonymous
     * comments from one address.
     */
    default List<Trace> nearby(Trace trace, Instant since, int maxAccounts, int limit) {
        List<Trace> traces = recent(Nearby.keys(trace), since, trace.at(), limit + 1).stream()
                .filter(t -> !t.commentId().equals(trace.commentId()))
                .limit(limit)
                .toList();
        return Nearby.thin(trace, traces, maxAccounts);
    }

    /** Notes that a rule reported these comments, so that later comments don't report them again. */
    void flag(Collection<String> commentIds, RuleId rule);
}
