package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The policy dry runs administrators asked for, run away from the request: a dry run screens a thousand
 * comments again, for seconds, so the page says it is running and asks again until it is done. Each
 * administrator has at most one running at a time; a few threads run them, a few more wait, and beyond
 * that the administrator is asked to try again later. A finished run is kept for {@link #KEPT} in this
 * node's memory only, for its administrator only.
 */
@Component
public class DryRuns {

    /** How long a finished run's result is kept. */
    public static final Duration KEPT = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(DryRuns.class);

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

        Run ended(State state, PolicyDryRun.Result result, Instant at) {
            return new Run(number, edition, fields, state, result, at);
        }
    }

    private final Runner runner;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    private final Map<AccountId, Run> runs = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();

    @Autowired
    DryRuns(PolicyDryRun dryRun, Clock clock) {
        this(dryRun::run, clock, 2, 4);
    }

    DryRuns(Runner runner, Clock clock, int threads, int waiting) {
        this.runner = runner;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(waiting), work -> {
                    Thread thread = new Thread(work, "policy-dry-run");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Starts a dry run of the draft for the administrator, in place of their finished one; nothing when
     * theirs is still running or no thread nor place in the queue is free.
     */
    public synchronized Started start(AccountId admin, String edition, PolicyDraft.Fields fields, PolicyDraft draft) {
        forgetOld();
        Run previous = runs.get(admin);
        if (previous != null && previous.isRunning()) {
            return Started.ALREADY_RUNNING;
        }
        Run run = new Run(numbers.incrementAndGet(), edition, fields, State.RUNNING, null, null);
        runs.put(admin, run);
        try {
            executor.execute(() -> execute(admin, run, draft));
        } catch (RejectedExecutionException e) {
            if (previous == null) {
                runs.remove(admin);
            } else {
                runs.put(admin, previous);
            }
            return Started.BUSY;
        }
        return Started.STARTED;
    }

    /** The administrator's dry run of the edition's policy, running or kept. */
    public Optional<Run> of(AccountId admin, String edition) {
        forgetOld();
        return Optional.ofNullable(runs.get(admin)).filter(run -> run.edition().equals(edition));
    }

    private void execute(AccountId admin, Run run, PolicyDraft draft) {
        Run ended;
        try {
            ended = run.ended(State.DONE, runner.run(run.edition(), draft), clock.instant());
        } catch (RuntimeException e) {
            log.error("policy dry run of {} failed", run.edition(), e);
            ended = run.ended(State.FAILED, null, clock.instant());
        }
        runs.replace(admin, run, ended);
    }

    private void forgetOld() {
        Instant oldest = clock.instant().minus(KEPT);
        runs.values().removeIf(run -> run.finished() != null && run.finished().isBefore(oldest));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
