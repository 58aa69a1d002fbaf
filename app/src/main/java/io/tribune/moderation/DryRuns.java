package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy dry runs administrators asked for, run away from the request: a dry run screens a thousand
 * comments again, for seconds, so the page says it is running and asks again until it is done. Runs are
 * kept in the database ({@code policy_dry_run}), so whichever node the page's polling reaches answers it;
 * the node that accepted a run runs it on one of its few threads (a few more runs wait; beyond that the
 * administrator is asked to try again later). Each administrator has at most one running at a time, which
 * the database enforces across nodes. A run still running after {@link ModerationSettings#dryRunTimeout()}
 * (its node died) is counted failed by any node; an ended run is kept for {@link #KEPT}, for its
 * administrator only, then deleted.
 */
@Component
public class DryRuns {

    /** How long a finished run's result is kept. */
    public static final Duration KEPT = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(DryRuns.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Screens the edition's last comments under a draft, as {@link PolicyDryRun#run} does. */
    interface Runner {
        PolicyDryRun.Result run(String edition, PolicyDraft draft);
    }

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** Whether a dry run was started, and if not why. */
    public enum Started {
        STARTED,
        /** The administrator's previous dry run is still running. */
        ALREADY_RUNNING,
        /** Every thread is taken and every place in the queue too. */
        BUSY
    }

    /**
     * One administrator's dry run.
     *
     * @param fields the form the draft was read from, to show again with the result
     * @param result the answer once {@link State#DONE}, else null
     * @param finished when it ended, null while running
     */
    public record Run(
            long number,
            String edition,
            PolicyDraft.Fields fields,
            State state,
            PolicyDryRun.Result result,
            Instant finished) {

        public boolean isRunning() {
            return state == State.RUNNING;
        }
    }

    private final Runner runner;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration timeout;
    private final String node = "node-" + UUID.randomUUID();
    private final ThreadPoolExecutor executor;

    @Autowired
    DryRuns(PolicyDryRun dryRun, JdbcClient jdbc, Clock clock, ModerationSettings settings) {
        this(dryRun::run, jdbc, clock, settings.dryRunTimeout(), 2, 4);
    }

    DryRuns(Runner runner, JdbcClient jdbc, Clock clock, Duration timeout, int threads, int waiting) {
        this.runner = runner;
        this.jdbc = jdbc;
        this.clock = clock;
        this.timeout = timeout;
        this.executor = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(waiting), work -> {
                    Thread thread = new Thread(work, "policy-dry-run");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Starts a dry run of the draft for the administrator on this node, in place of their ended one;
     * nothing when theirs is still running (on any node) or no thread nor place in the queue is free here.
     */
    public Started start(AccountId admin, String edition, PolicyDraft.Fields fields, PolicyDraft draft) {
        tidy();
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            insert into policy_dry_run
                              (edition, admin_id, running_admin, state, node, fields, started_at)
                            values (:edition, :admin, :admin, 'RUNNING', :node, :fields, :now)""")
                    .param("edition", edition)
                    .param("admin", admin.value())
                    .param("node", node)
                    .param("fields", JSON.writeValueAsString(fields))
                    .param("now", Timestamp.from(now))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            return Started.ALREADY_RUNNING;
        }
        long id = keys.getKeyAs(Number.class).longValue();
        try {
            executor.execute(() -> execute(id, edition, draft));
        } catch (RejectedExecutionException e) {
            jdbc.sql("delete from policy_dry_run where id = :id")
                    .param("id", id)
                    .update();
            return Started.BUSY;
        }
        // the run takes the place of the administrator's ended ones
        jdbc.sql("delete from policy_dry_run where admin_id = :admin and id < :id")
                .param("admin", admin.value())
                .param("id", id)
                .update();
        return Started.STARTED;
    }

    /** The administrator's newest dry run of the edition's policy, running or kept, from whichever node. */
    public Optional<Run> of(AccountId admin, String edition) {
        tidy();
        return jdbc.sql("""
                        select id, edition, fields, state, result, finished_at from policy_dry_run
                        where admin_id = :admin order by id desc limit 1""")
                .param("admin", admin.value())
                .query(DryRuns::run)
                .optional()
                .filter(run -> run.edition().equals(edition));
    }

    private void execute(long id, String edition, PolicyDraft draft) {
        State state;
        String result = null;
        try {
            result = JSON.writeValueAsString(runner.run(edition, draft));
            state = State.DONE;
        } catch (RuntimeException e) {
            log.error("policy dry run of {} failed", edition, e);
            state = State.FAILED;
        }
        try {
            end(id, state, result);
        } catch (RuntimeException e) {
            log.error("policy dry run {} of {} could not be recorded as ended", id, edition, e);
        }
    }

    /** Ends a run still running: one a timeout already ended stays as it was. */
    private void end(long id, State state, String result) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update policy_dry_run
                        set state = :state, result = :result, running_admin = null,
                          finished_at = :now, expires_at = :expires
                        where id = :id and state = 'RUNNING'""")
                .param("state", state.name())
                .param("result", result)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(KEPT)))
                .param("id", id)
                .update();
    }

    /** Fails the runs whose node did not end them in time, and deletes the expired ones. */
    private void tidy() {
        Instant now = clock.instant();
        jdbc.sql("""
                        update policy_dry_run
                        set state = 'FAILED', running_admin = null, finished_at = :now, expires_at = :expires
                        where state = 'RUNNING' and started_at < :late""")
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(KEPT)))
                .param("late", Timestamp.from(now.minus(timeout)))
                .update();
        jdbc.sql("delete from policy_dry_run where expires_at < :now")
                .param("now", Timestamp.from(now))
                .update();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("result");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Run(
                rs.getLong("id"),
                rs.getString("edition"),
                JSON.readValue(rs.getString("fields"), PolicyDraft.Fields.class),
                State.valueOf(rs.getString("state")),
                result == null ? null : JSON.readValue(result, PolicyDryRun.Result.class),
                finished == null ? null : finished.toInstant());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
