package io.tribune.moderation.engine.activity;

import io.tribune.moderation.engine.RuleId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * An activity store in a relational database, shared by every application node that uses the same
 * database (plain JDBC; tested on H2 and PostgreSQL). Two tables, created if absent (see {@link
 * #SCHEMA}): {@code moderation_activity} holds one row per screened comment, {@code
 * moderation_activity_key} one row per index key of it (author, address, network, fingerprint band).
 * Times are stored as epoch milliseconds of the comments' own times. Rows older than the retention,
 * measured from the newest comment being recorded, are deleted every {@value #PRUNE_EVERY} records.
 */
public final class JdbcActivityStore implements ActivityStore {

    /** The tables and indexes, in statements that run on H2 and PostgreSQL. */
    public static final List<String> SCHEMA = List.of(
            """
            create table if not exists moderation_activity (
              comment_id varchar(255) not null primary key,
              edition varchar(32) not null,
              author varchar(255),
              address varchar(100),
              at_millis bigint not null,
              fingerprint varchar(700) not null,
              tokens integer not null,
              low_content boolean not null,
              flagged_flood boolean not null,
              flagged_flash_mob boolean not null)""",
            "create index if not exists moderation_activity_at on moderation_activity (at_millis)",
            """
            create table if not exists moderation_activity_key (
              activity_key varchar(255) not null,
              comment_id varchar(255) not null,
              at_millis bigint not null)""",
            "create index if not exists moderation_activity_key_lookup"
                    + " on moderation_activity_key (activity_key, at_millis)",
            "create index if not exists moderation_activity_key_comment on moderation_activity_key (comment_id)");

    static final int PRUNE_EVERY = 200;
    private static final int MAX_IN_LIST = 100;
    private static final String COLUMNS = "a.comment_id, a.edition, a.author, a.address, a.at_millis,"
            + " a.fingerprint, a.tokens, a.low_content, a.flagged_flood, a.flagged_flash_mob";

    private final DataSource dataSource;
    private final Duration retention;
    private final AtomicLong recorded = new AtomicLong();

    /** A store that keeps comments for an hour, creating its tables if absent. */
    public JdbcActivityStore(DataSource dataSource) {
        this(dataSource, Duration.ofHours(1), true);
    }

    /**
     * @param retention how long rows are kept; longer than the longest window of the stateful rules
     * @param createTables whether to run {@link #SCHEMA} now (off when migrations create the tables)
     */
    public JdbcActivityStore(DataSource dataSource, Duration retention, boolean createTables) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        this.dataSource = dataSource;
        this.retention = retention;
        if (createTables) {
            createTables();
        }
    }

    private void createTables() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
        } catch (SQLException e) {
            throw failure("cannot create the activity tables", e);
        }
    }

    @Override
    public void record(Trace trace) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                write(c, trace);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
            pruneNow(c, trace);
        } catch (SQLException e) {
            throw failure("cannot record comment " + trace.commentId(), e);
        }
    }

    /**
     * Files a screened comment as {@link #record(Trace)} does, on the caller's connection and in the
     * caller's transaction, which this leaves open: the caller commits the trace together with the
     * comment it describes (or rolls both back).
     */
    public void record(Connection c, Trace trace) {
        try {
            write(c, trace);
            pruneNow(c, trace);
        } catch (SQLException e) {
            throw failure("cannot record comment " + trace.commentId(), e);
        }
    }

    private static void write(Connection c, Trace trace) throws SQLException {
        delete(c, trace.commentId());
        insert(c, trace, trace.at().toEpochMilli());
    }

    private void pruneNow(Connection c, Trace trace) throws SQLException {
        if (recorded.incrementAndGet() % PRUNE_EVERY == 0) {
            prune(c, trace.at().toEpochMilli() - retention.toMillis());
        }
    }

    private static void delete(Connection c, String commentId) throws SQLException {
        for (String table : List.of("moderation_activity_key", "moderation_activity")) {
            try (PreparedStatement s = c.prepareStatement("delete from " + table + " where comment_id = ?")) {
                s.setString(1, commentId);
                s.executeUpdate();
            }
        }
    }

    private static void insert(Connection c, Trace trace, long at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into moderation_activity (comment_id, edition, author,"
                + " address, at_millis, fingerprint, tokens, low_content, flagged_flood, flagged_flash_mob)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, trace.commentId());
            s.setString(2, trace.edition());
            s.setString(3, trace.author());
            s.setString(4, trace.address());
            s.setLong(5, at);
            s.setString(6, trace.fingerprint().encode());
            s.setInt(7, trace.tokens());
            s.setBoolean(8, trace.lowContent());
            s.setBoolean(9, trace.isFlagged(RuleId.FLOOD));
            s.setBoolean(10, trace.isFlagged(RuleId.FLASH_MOB));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into moderation_activity_key (activity_key, comment_id, at_millis) values (?, ?, ?)")) {
            for (String key : new LinkedHashSet<>(trace.keys())) {
                s.setString(1, key);
                s.setString(2, trace.commentId());
                s.setLong(3, at);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void prune(Connection c, long before) throws SQLException {
        for (String table : List.of("moderation_activity_key", "moderation_activity")) {
            try (PreparedStatement s = c.prepareStatement("delete from " + table + " where at_millis < ?")) {
                s.setLong(1, before);
                s.executeUpdate();
            }
        }
    }

    @Override
    public List<Trace> recent(Collection<String> keys, Instant since, Instant until, int limit) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(keys));
        if (distinct.isEmpty() || limit < 1) {
            return List.of();
        }
        String sql = "select distinct " + COLUMNS
                + " from moderation_activity_key k join moderation_activity a on a.comment_id = k.comment_id"
                + " where k.activity_key in (" + marks(distinct.size()) + ") and k.at_millis >= ? and k.at_millis <= ?"
                + " order by a.at_millis desc, a.comment_id fetch first ? rows only";
        List<Object> parameters = new ArrayList<>(distinct);
        parameters.addAll(List.of(since.toEpochMilli(), until.toEpochMilli(), limit));
        return read(sql, parameters);
    }

    /**
     * {@inheritDoc} One statement: the database counts the accounts of the address and the network,
     * and only the traces kept leave it.
     */
    @Override
    public List<Trace> nearby(Trace trace, Instant since, int maxAccounts, int limit) {
        List<String> keys = Nearby.keys(trace);
        if (keys.isEmpty() || limit < 1) {
            return List.of();
        }
        // Under the author's key every trace is the comment's own account, so only the address's and
        // the network's keys have other accounts, and only they can be crowded. One pass over the keys'
        // rows: each other account's first row is counted, and numbered in the order of the accounts.
        String poster = "case when a.author is null then 'anonymous@' || a.address else 'author:' || a.author end";
        String sql = "select distinct " + COLUMNS + " from (select comment_id, poster, counted,"
                + " sum(counted) over (partition by filed_under) as accounts,"
                + " sum(counted) over (partition by filed_under order by poster, comment_id"
                + " rows between unbounded preceding and current row) as nth"
                + " from (select k.activity_key as filed_under, a.comment_id, " + poster + " as poster,"
                + " case when " + poster + " <> ? and row_number() over (partition by k.activity_key, " + poster
                + " order by a.comment_id) = 1 then 1 else 0 end as counted"
                + " from moderation_activity_key k join moderation_activity a on a.comment_id = k.comment_id"
                + " where k.activity_key in (" + marks(keys.size()) + ") and k.at_millis >= ? and k.at_millis <= ?"
                + " and a.comment_id <> ?) near) kept"
                + " join moderation_activity a on a.comment_id = kept.comment_id"
                + " where kept.poster = ? or kept.accounts < ? or (kept.counted = 1 and kept.nth <= ?)"
                + " order by a.at_millis desc, a.comment_id fetch first ? rows only";
        String own = Nearby.account(trace);
        List<Object> parameters = new ArrayList<>();
        parameters.add(own);
        parameters.addAll(keys);
        parameters.addAll(List.of(
                since.toEpochMilli(),
                trace.at().toEpochMilli(),
                trace.commentId(),
                own,
                maxAccounts,
                maxAccounts,
                limit));
        return read(sql, parameters);
    }

    private List<Trace> read(String sql, List<Object> parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            List<Trace> found = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(trace(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("cannot read recent activity", e);
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Trace trace(ResultSet rows) throws SQLException {
        Set<RuleId> flagged = EnumSet.noneOf(RuleId.class);
        if (rows.getBoolean("flagged_flood")) {
            flagged.add(RuleId.FLOOD);
        }
        if (rows.getBoolean("flagged_flash_mob")) {
            flagged.add(RuleId.FLASH_MOB);
        }
        return new Trace(
                rows.getString("comment_id"),
                rows.getString("edition"),
                rows.getString("author"),
                rows.getString("address"),
                Instant.ofEpochMilli(rows.getLong("at_millis")),
                Fingerprint.decode(rows.getString("fingerprint")),
                rows.getInt("tokens"),
                rows.getBoolean("low_content"),
                flagged);
    }

    @Override
    public void flag(Collection<String> commentIds, RuleId rule) {
        try (Connection c = dataSource.getConnection()) {
            flag(c, commentIds, rule);
        } catch (SQLException e) {
            throw failure("cannot flag comments for " + rule, e);
        }
    }

    /** Notes as {@link #flag(Collection, RuleId)} does, on the caller's connection and in its transaction. */
    public void flag(Connection c, Collection<String> commentIds, RuleId rule) {
        String column = switch (rule) {
            case FLOOD -> "flagged_flood";
            case FLASH_MOB -> "flagged_flash_mob";
            default -> throw new IllegalArgumentException("only flood and flash_mob are tracked, not " + rule);
        };
        List<String> ids = List.copyOf(new LinkedHashSet<>(commentIds));
        try {
            for (int from = 0; from < ids.size(); from += MAX_IN_LIST) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IN_LIST));
                try (PreparedStatement s = c.prepareStatement("update moderation_activity set " + column
                        + " = true where comment_id in (" + marks(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 1, chunk.get(i));
                    }
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw failure("cannot flag comments for " + rule, e);
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("activity store: " + what + ": " + e.getMessage(), e);
    }
}
