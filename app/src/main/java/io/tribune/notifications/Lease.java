package io.tribune.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How nodes share a table of letters waiting to go without holding a lock while a letter is sent: a node
 * claims rows with one update that holds only for rows nobody holds (a random claim id, kept until
 * {@code claimed_until}), and only that claim may then record what became of them; a claim whose lease ran
 * out (its node died) leaves its rows to anybody. For this module's queues, whose tables have the columns
 * {@code id}, {@code claim}, {@code claimed_until} and {@code sent_at} (null while a row waits); what a
 * claim takes (a letter, a reader's letters of a kind) is the queue's own.
 */
public final class Lease {

    /** The rows nobody holds at {@code :now}. */
    public static final String FREE = "(claimed_until is null or claimed_until < :now)";

    private final JdbcClient jdbc;
    private final String table;

    public Lease(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /**
     * Claims for {@code lease} the waiting rows that {@code rows} picks (a condition that may use {@code
     * :now} and the names in {@code params}) and nobody holds; the claim's id. That nobody holds a row is
     * part of the update itself, so the database checks it again on a row it had to wait for: of two nodes
     * racing for a row, one claims it.
     */
    public String claim(String rows, Map<String, ?> params, Instant now, Duration lease) {
        String claim = UUID.randomUUID().toString();
        jdbc.sql("update " + table + " set claim = :claim, claimed_until = :until where sent_at is null and " + FREE
                        + " and (" + rows + ")")
                .params(params)
                .param("claim", claim)
                .param("until", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .update();
        return claim;
    }

    /** The claim's rows still waiting, by id: their {@code columns}, read by {@code row}. */
    public <T> List<T> held(String claim, String columns, RowMapper<T> row) {
        return jdbc.sql("select " + columns + " from " + table
                        + " where claim = :claim and sent_at is null order by id")
                .param("claim", claim)
                .query(row)
                .list();
    }

    /**
     * Records {@code assignments} on the claim's waiting rows that {@code rows} picks, and lets them go; the
     * number of rows, none when the claim was lost meanwhile (its lease ran out and another node took
     * them), and then nothing is recorded.
     */
    public int settle(String claim, String assignments, String rows, Map<String, ?> params) {
        return jdbc.sql("update " + table + " set " + assignments + ", claim = null, claimed_until = null"
                        + " where claim = :claim and sent_at is null and (" + rows + ")")
                .params(params)
                .param("claim", claim)
                .update();
    }

    /** Lets the claim's waiting rows go unchanged, to be claimed again at once. */
    public void release(String claim) {
        jdbc.sql("update " + table + " set claim = null, claimed_until = null where claim = :claim and sent_at is null")
                .param("claim", claim)
                .update();
    }
}
