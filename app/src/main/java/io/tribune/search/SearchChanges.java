package io.tribune.search;

import io.tribune.publishing.ArticlePublished;
import io.tribune.publishing.ArticleWithdrawn;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Several nodes, each with its own embedded index, on one database. Every publication and withdrawal
 * is written to the {@code search_change} log in publishing's own transaction, so it is there exactly
 * when the article is; every node reads the rows it has not applied yet and re-reads those articles
 * ({@link Indexing#follow}). It reads every few seconds, and on PostgreSQL at once as well: the row's
 * transaction sends a {@code NOTIFY} that is delivered when it commits. A row is looked for again for
 * a few minutes after its time (transactions commit out of order), and a starting node reads every
 * row the log still keeps.
 */
@Component
class SearchChanges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchChanges.class);

    /** How long after its time a change may still become visible: longer than any publishing transaction. */
    static final Duration LATE = Duration.ofMinutes(5);

    private static final Duration PRUNED_EVERY = Duration.ofHours(1);
    private static final int STEP_MILLIS = 1_000;
    private static final Duration MOST_BACKOFF = Duration.ofSeconds(30);

    private record Change(long id, long article, String edition, boolean isWithdrawn, Instant at) {}

    private final JdbcClient jdbc;
    private final DataSourceProperties database;
    private final Indexing indexing;
    private final SearchSettings settings;
    private final boolean isPostgres;
    private final String channel;
    /** The changes read within {@link #LATE} of the last reading, by id: read again, not applied again. */
    private final Map<Long, Instant> applied = new HashMap<>();

    private Instant lastRead;
    private Instant lastPruned = Instant.EPOCH;
    private volatile boolean isRunning;
    private volatile Thread follower;

    SearchChanges(JdbcClient jdbc, DataSourceProperties database, Indexing indexing, SearchSettings settings) {
        this.jdbc = jdbc;
        this.database = database;
        this.indexing = indexing;
        this.settings = settings;
        this.isPostgres = database.determineUrl().startsWith("jdbc:postgresql:");
        this.channel = isPostgres
                ? channel(jdbc.sql("select current_schema()")
                        .query(String.class)
                        .optional()
                        .orElse(null))
                : null;
    }

    /** {@code tribune_search_<schema>}: a plain lower-case identifier, at most 63 characters. */
    static String channel(String schema) {
        String name = "tribune_search_"
                + (schema == null ? "public" : schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        return name.substring(0, Math.min(63, name.length()));
    }

    @EventListener
    void on(ArticlePublished published) {
        write(published.article(), published.edition(), false);
    }

    @EventListener
    void on(ArticleWithdrawn withdrawn) {
        write(withdrawn.article(), withdrawn.edition(), true);
    }

    /** In the publishing transaction, when there is one: the row and the notification come with its commit. */
    private void write(long article, String edition, boolean isWithdrawn) {
        jdbc.sql("insert into search_change (article_id, edition, withdrawn, changed_at)"
                        + " values (?, ?, ?, current_timestamp)")
                .params(article, edition, isWithdrawn)
                .update();
        if (isPostgres) {
            jdbc.sql("select pg_notify(?, ?)")
                    .params(channel, edition + ":" + article)
                    .query()
                    .singleRow();
        }
    }

    /** Applies the changes this node has not applied yet; answers how many articles it followed. */
    synchronized int catchUp() {
        Instant now = jdbc.sql("select current_timestamp")
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        Instant from = lastRead == null ? now.minus(settings.changesKept()) : lastRead.minus(LATE);
        List<Change> changes = jdbc.sql("select id, article_id, edition, withdrawn, changed_at from search_change"
                        + " where changed_at >= ? order by id")
                .param(OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .query((rs, n) -> new Change(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
        // the last change of each article decides; the database says what the article is now
        Map<Long, Change> latest = new LinkedHashMap<>();
        for (Change change : changes) {
            if (applied.putIfAbsent(change.id(), change.at()) == null) {
                latest.remove(change.article());
                latest.put(change.article(), change);
            }
        }
        for (Change change : latest.values()) {
            if (change.isWithdrawn()) {
                indexing.takeOut(change.article(), change.edition());
            } else {
                indexing.follow(change.article(), change.edition());
            }
        }
        applied.values().removeIf(at -> at.isBefore(now.minus(LATE).minus(LATE)));
        lastRead = now;
        if (Duration.between(lastPruned, now).compareTo(PRUNED_EVERY) > 0) {
            jdbc.sql("delete from search_change where changed_at < ?")
                    .param(OffsetDateTime.ofInstant(now.minus(settings.changesKept()), ZoneOffset.UTC))
                    .update();
            lastPruned = now;
        }
        return latest.size();
    }

    @Override
    public synchronized void start() {
        isRunning = true;
        follower = Thread.ofPlatform().daemon().name("search-changes").unstarted(this::follow);
        follower.start();
    }

    @Override
    public synchronized void stop() {
        isRunning = false;
        Thread stopping = follower;
        if (stopping != null) {
            try {
                stopping.join(STEP_MILLIS * 3L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return isRunning;
    }

    private boolean isFollowing() {
        return isRunning && follower == Thread.currentThread();
    }

    /** Reads the changes every interval, and at once when PostgreSQL notifies one; starts again after a failure. */
    private void follow() {
        Duration backoff = Duration.ofMillis(500);
        while (isFollowing()) {
            try (Connection listening = isPostgres ? listening() : null) {
                while (isFollowing()) {
                    catchUp();
                    backoff = Duration.ofMillis(500);
                    await(listening);
                }
            } catch (SQLException | RuntimeException e) {
                if (!isFollowing()) {
                    return;
                }
                log.warn("Following the search changes failed; trying again in {}", backoff, e);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MOST_BACKOFF) > 0 ? MOST_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private Connection listening() throws SQLException {
        Connection connection = DriverManager.getConnection(
                database.determineUrl(), database.determineUsername(), database.determinePassword());
        try (var statement = connection.createStatement()) {
            statement.execute("listen " + channel);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /**
     * Until the next interval, or a notification when there is a connection to hear it; in steps of
     * at most a second, so that stopping never waits long.
     */
    private void await(Connection listening) throws SQLException {
        long until = System.nanoTime() + settings.catchUpInterval().toNanos();
        while (isFollowing() && System.nanoTime() < until) {
            int step = (int) Math.max(1, Math.min(STEP_MILLIS, (until - System.nanoTime()) / 1_000_000));
            if (listening == null) {
                try {
                    Thread.sleep(step);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } else {
                PGNotification[] heard = listening.unwrap(PGConnection.class).getNotifications(step);
                if (heard != null && heard.length > 0) {
                    return;
                }
            }
        }
    }
}
