package io.tribune.search;

import io.tribune.publishing.ArticlePublished;
import io.tribune.publishing.ArticleWithdrawn;
import io.tribune.system.PostgresListener;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * transaction sends a {@code NOTIFY} that is delivered when it commits, which a {@link PostgresListener}
 * hears (and after a failure it starts again). A row is looked for again for
 * a few minutes after its time (transactions commit out of order), and a starting node reads every
 * row the log still keeps.
 */
@Component
class SearchChanges implements SmartLifecycle {

    /** How long after its time a change may still become visible: longer than any publishing transaction. */
    static final Duration LATE = Duration.ofMinutes(5);

    private static final Duration PRUNED_EVERY = Duration.ofHours(1);

    private record Change(long id, long article, String edition, boolean isWithdrawn, Instant at) {}

    private final JdbcClient jdbc;
    private final Indexing indexing;
    private final SearchSettings settings;
    private final boolean isPostgres;
    private final String channel;
    private final PostgresListener follower;
    /** The changes read within {@link #LATE} of the last reading, by id: read again, not applied again. */
    private final Map<Long, Instant> applied = new HashMap<>();

    private Instant lastRead;
    private Instant lastPruned = Instant.EPOCH;

    SearchChanges(JdbcClient jdbc, DataSourceProperties database, Indexing indexing, SearchSettings settings) {
        this.jdbc = jdbc;
        this.indexing = indexing;
        this.settings = settings;
        this.isPostgres = database.determineUrl().startsWith("jdbc:postgresql:");
        this.channel = isPostgres
                ? channel(jdbc.sql("select current_schema()")
                        .query(String.class)
                        .optional()
                        .orElse(null))
                : null;
        this.follower = new PostgresListener("search-changes", database, channel, this::follow);
    }

    /** {@code tribune_search_<schema>}: a plain lower-case identifier, at most 63 characters. */
    static String channel(String schema) {
        return PostgresListener.channel("tribune_search_", schema);
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
    public void start() {
        follower.start();
    }

    @Override
    public void stop() {
        follower.stop();
    }

    @Override
    public boolean isRunning() {
        return follower.isRunning();
    }

    /** Reads the changes, then waits for the next interval or until PostgreSQL notifies one. */
    private void follow(PostgresListener listening) throws SQLException {
        catchUp();
        listening.heard(settings.catchUpInterval());
    }
}
