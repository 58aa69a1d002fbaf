package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.PolicyBook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dry runs away from the request: one per administrator, a bounded queue, results kept a while. */
class DryRunsTests {

    private static final AccountId ANNA = new AccountId(1);
    private static final AccountId BORIS = new AccountId(2);
    private static final AccountId VERA = new AccountId(3);
    private static final AccountId GLEB = new AccountId(4);
    private static final Policy POLICY = PolicyBook.defaults().policyFor("en");
    private static final PolicyDraft DRAFT = PolicyDraft.of(POLICY);
    private static final PolicyDraft.Fields FIELDS =
            new PolicyDraft.Fields(Map.of(), Map.of(), Map.of(), Map.of("spam", "0.9"), Map.of(), Map.of());

    private final CountDownLatch release = new CountDownLatch(1);
    private final MovableClock clock = new MovableClock();
    private final DryRuns runs = new DryRuns(this::blockedRun, clock, 1, 1);

    @AfterEach
    void stop() {
        release.countDown();
        runs.stop();
    }

    @Test
    void anAdministratorHasOneRunningAtATimeAndTheQueueIsBounded() {
        assertThat(runs.start(ANNA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.STARTED);
        assertThat(runs.start(ANNA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.ALREADY_RUNNING);
        assertThat(runs.start(BORIS, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.STARTED); // waits
        assertThat(runs.start(VERA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.BUSY);
        assertThat(runs.of(VERA, "en")).isEmpty();
        assertThat(runs.of(ANNA, "en").orElseThrow().isRunning()).isTrue();
        assertThat(runs.of(ANNA, "en").orElseThrow().fields()).isEqualTo(FIELDS);
    }

    @Test
    void aFinishedRunIsItsAdministratorsForAWhileThenForgotten() throws InterruptedException {
        runs.start(ANNA, "en", FIELDS, DRAFT);
        release.countDown();
        DryRuns.Run done = ended(ANNA);

        assertThat(done.state()).isEqualTo(DryRuns.State.DONE);
        assertThat(done.result().screened()).isEqualTo(3);
        assertThat(runs.of(ANNA, "ru")).isEmpty();
        assertThat(runs.of(BORIS, "en")).isEmpty();
        // a new one may start once the first is done
        assertThat(runs.start(ANNA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.STARTED);
        ended(ANNA);

        clock.move(DryRuns.KEPT.plusSeconds(1));
        assertThat(runs.of(ANNA, "en")).isEmpty();
    }

    @Test
    void aRunThatFailsSaysSoAndFreesTheAdministrator() throws InterruptedException {
        DryRuns failing = new DryRuns(
                (edition, draft) -> {
                    throw new IllegalStateException("the engine cannot be built");
                },
                clock,
                1,
                1);
        try {
            failing.start(GLEB, "en", FIELDS, DRAFT);
            DryRuns.Run failed = ended(failing, GLEB);

            assertThat(failed.state()).isEqualTo(DryRuns.State.FAILED);
            assertThat(failed.result()).isNull();
            assertThat(failing.start(GLEB, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.STARTED);
        } finally {
            failing.stop();
        }
    }

    private PolicyDryRun.Result blockedRun(String edition, PolicyDraft draft) {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new PolicyDryRun.Result(3, 1, 0, 0, Map.of("spam", 1), List.of(), 0);
    }

    private DryRuns.Run ended(AccountId admin) throws InterruptedException {
        return ended(runs, admin);
    }

    private static DryRuns.Run ended(DryRuns runs, AccountId admin) throws InterruptedException {
        for (int asked = 0; asked < 6000; asked++) {
            DryRuns.Run run = runs.of(admin, "en").orElseThrow();
            if (!run.isRunning()) {
                return run;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the run did not end in a minute");
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-05T12:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
