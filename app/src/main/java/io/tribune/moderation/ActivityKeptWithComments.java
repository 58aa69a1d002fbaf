package io.tribune.moderation;

import io.tribune.discussion.Screened;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.activity.ActivityStore;
import io.tribune.moderation.engine.activity.JdbcActivityStore;
import io.tribune.moderation.engine.activity.Trace;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The engine's activity store in the shared database, written in the transaction that stores the comment
 * screened rather than in one of its own: while a screening runs ({@link #collect}), what the engine
 * would write (the comment's trace, the flags on earlier comments of a burst) is only collected, and
 * {@link Screened.Activity#keep} writes it later on the caller's transaction's connection. A post
 * thus commits once, its trace is kept exactly when the comment is (a double submit or a refused post
 * leaves none), and no connection is held while the engine works. Reads, and writes outside a
 * collection (the moderation command, dry runs), go to the store directly. Thread-safe: a collection
 * belongs to the thread that screens.
 */
final class ActivityKeptWithComments implements ActivityStore {

    private final DataSource dataSource;
    private final Duration retention;
    private final ThreadLocal<List<Write>> collecting = new ThreadLocal<>();
    private volatile JdbcActivityStore store;

    ActivityKeptWithComments(DataSource dataSource, Duration retention) {
        this.dataSource = dataSource;
        this.retention = retention;
    }

    /**
     * Runs a screening of the comment filed as {@code commentId}, collecting its writes; returns the
     * screening's result and what to keep of it.
     */
    <T> Collected<T> collect(String commentId, Supplier<T> screening) {
        List<Write> writes = new ArrayList<>();
        List<Write> outer = collecting.get();
        collecting.set(writes);
        try {
            T result = screening.get();
            return new Collected<>(
                    result, writes.isEmpty() ? Screened.Activity.NONE : id -> keep(writes, commentId, id));
        } finally {
            if (outer == null) {
                collecting.remove();
            } else {
                collecting.set(outer);
            }
        }
    }

    /** A screening's result, and the activity it collected. */
    record Collected<T>(T result, Screened.Activity activity) {}

    private void keep(List<Write> writes, String screenedAs, long commentId) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            for (Write write : writes) {
                write.apply(store(), c, screenedAs, Long.toString(commentId));
            }
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    @Override
    public void record(Trace trace) {
        List<Write> writes = collecting.get();
        if (writes == null) {
            store().record(trace);
        } else {
            writes.add(new Recorded(trace));
        }
    }

    @Override
    public List<Trace> recent(Collection<String> keys, Instant since, Instant until, int limit) {
        return store().recent(keys, since, until, limit);
    }

    @Override
    public List<Trace> nearby(Trace trace, Instant since, int maxAccounts, int limit) {
        return store().nearby(trace, since, maxAccounts, limit);
    }

    @Override
    public void flag(Collection<String> commentIds, RuleId rule) {
        List<Write> writes = collecting.get();
        if (writes == null) {
            store().flag(commentIds, rule);
        } else {
            writes.add(new Flagged(List.copyOf(commentIds), rule));
        }
    }

    /** The store, its tables created when first used (the first screening, as before). */
    private JdbcActivityStore store() {
        JdbcActivityStore opened = store;
        if (opened == null) {
            synchronized (this) {
                if (store == null) {
                    store = new JdbcActivityStore(dataSource, retention, true);
                }
                opened = store;
            }
        }
        return opened;
    }

    /** A write the engine asked for, made later under the id the comment got when it was stored. */
    private sealed interface Write {

        void apply(JdbcActivityStore store, Connection c, String screenedAs, String storedAs);

        static String stored(String id, String screenedAs, String storedAs) {
            return id.equals(screenedAs) ? storedAs : id;
        }
    }

    private record Recorded(Trace trace) implements Write {

        @Override
        public void apply(JdbcActivityStore store, Connection c, String screenedAs, String storedAs) {
            store.record(
                    c,
                    new Trace(
                            Write.stored(trace.commentId(), screenedAs, storedAs),
                            trace.edition(),
                            trace.author(),
                            trace.address(),
                            trace.at(),
                            trace.fingerprint(),
                            trace.tokens(),
                            trace.lowContent(),
                            trace.flagged()));
        }
    }

    private record Flagged(List<String> commentIds, RuleId rule) implements Write {

        @Override
        public void apply(JdbcActivityStore store, Connection c, String screenedAs, String storedAs) {
            store.flag(
                    c,
                    commentIds.stream()
                            .map(id -> Write.stored(id, screenedAs, storedAs))
                            .toList(),
                    rule);
        }
    }
}
