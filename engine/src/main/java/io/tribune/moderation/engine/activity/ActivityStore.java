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

    /** Notes that a rule reported these comments, so that later comments don't report them again. */
    void flag(Collection<String> commentIds, RuleId rule);
}
