package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.support.MigratedDatabase;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dry runs away from the request, kept in the database: one running per administrator across nodes, a
 * bounded queue per node, results any node answers with, kept a while; a run whose node died fails after
 * the timeout. Two {@link DryRuns} on one database play two nodes.
 */
class DryRunsTests {

    private static final AccountId ANNA = new AccountId(1);
    private static final AccountId BORIS = new AccountId(2);
    private static final AccountId VERA = new AccountId(3);
    private static final AccountId GLEB = new AccountId(4);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final Policy POLICY = PolicyBook.defaults().policyFor("en");
    private static final PolicyDraft DRAFT = PolicyDraft.of(POLICY);
    private static final PolicyDraft.Fields FIELDS =
            new PolicyDraft.Fields(Map.of(), Map.of(), Map.of(), Map.of("spam", "0.9"), Map.of(), Map.of(), null);

    private final CountDownLatch release = new CountDownLatch(1);
    private final MovableClock clock = new MovableClock();
    private final List<DryRuns> started = new ArrayList<>();

    @AfterEach
    void stop() {
        release.countDown();
        started.forEach(DryRuns::stop);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anAdministratorHasOneRunningAtATimeOnAnyNodeAndEachNodesQueueIsBounded(String database) throws SQLException {
        try (MigratedDatabase db = MigratedDatabase.open(database)) {
            DryRuns a = node(db, this::blockedRun);
            DryRuns b = node(db, this::blockedRun);

            assertThat(a.start(ANNA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.STARTED);
            assertThat(a.start(ANNA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.ALREADY_RUNNING);
            assertThat(b.start(ANNA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.ALREADY_RUNNING);
            assertThat(a.start(BORIS, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.STARTED); // waits
            assertThat(a.start(VERA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.BUSY);
            assertThat(a.of(VERA, "en")).isEmpty();
            assertThat(b.of(VERA, "en")).isEmpty();
            // the other node has threads of its own
            assertThat(b.start(VERA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.STARTED);
            assertThat(b.of(ANNA, "en").orElseThrow().isRunning()).isTrue();
            assertThat(b.of(ANNA, "en").orElseThrow().fields()).isEqualTo(FIELDS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFinishedRunIsItsAdministratorsOnEveryNodeForAWhileThenForgotten(String database)
            throws SQLException, InterruptedException {
        try (MigratedDatabase db = MigratedDatabase.open(database)) {
            DryRuns a = node(db, this::blockedRun);
            DryRuns b = node(db, this::blockedRun);
            a.start(ANNA, "en", FIELDS, DRAFT);
            long first = b.of(ANNA, "en").orElseThrow().number();
            release.countDown();
            DryRuns.Run done = ended(b, ANNA);

            assertThat(done.state()).isEqualTo(DryRuns.State.DONE);
            assertThat(done.result().screened()).isEqualTo(3);
            assertThat(done.result().perRule()).containsEntry("spam", 1);
            assertThat(done.fields()).isEqualTo(FIELDS);
            assertThat(b.of(ANNA, "ru")).isEmpty();
            assertThat(b.of(BORIS, "en")).isEmpty();
            // a new one may start, on the other node too, once the first is done; it takes the first's place
            assertThat(b.start(ANNA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.STARTED);
            assertThat(ended(a, ANNA).number()).isGreaterThan(first);
            assertThat(db.node()
                            .jdbc()
                            .sql("select count(*) from policy_dry_run where admin_id = 1")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);

            clock.move(DryRuns.KEPT.plusSeconds(1));
            assertThat(a.of(ANNA, "en")).isEmpty();
            assertThat(db.node()
                            .jdbc()
                            .sql("select count(*) from policy_dry_run")
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRunThatFailsSaysSoAndFreesTheAdministrator(String database) throws SQLException, InterruptedException {
        try (MigratedDatabase db = MigratedDatabase.open(database)) {
            DryRuns failing = node(db, (edition, draft) -> {
                throw new IllegalStateException("the engine cannot be built");
            });
            failing.start(GLEB, "en", FIELDS, DRAFT);
            DryRuns.Run failed = ended(failing, GLEB);

            assertThat(failed.state()).isEqualTo(DryRuns.State.FAILED);
            assertThat(failed.result()).isNull();
            assertThat(failing.start(GLEB, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.STARTED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRunWhoseNodeDiedFailsAfterTheTimeoutAndFreesTheAdministrator(String database)
            throws SQLException, InterruptedException {
        try (MigratedDatabase db = MigratedDatabase.open(database)) {
            // the node dies mid-run: it never ends the run, and the row still says running
            CountDownLatch never = new CountDownLatch(1);
            DryRuns dying = node(db, (edition, draft) -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("the node is gone");
            });
            DryRuns survivor = node(db, this::blockedRun);
            dying.start(ANNA, "en", FIELDS, DRAFT);

            clock.move(TIMEOUT.minusSeconds(1));
            assertThat(survivor.of(ANNA, "en").orElseThrow().isRunning()).isTrue();
            assertThat(survivor.start(ANNA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.ALREADY_RUNNING);

            clock.move(Duration.ofSeconds(2));
            assertThat(survivor.of(ANNA, "en").orElseThrow().state()).isEqualTo(DryRuns.State.FAILED);
            assertThat(survivor.start(ANNA, "en", FIELDS, DRAFT)).isEqualTo(DryRuns.Started.STARTED);
            release.countDown();
            assertThat(ended(survivor, ANNA).state()).isEqualTo(DryRuns.State.DONE);
            // the dead node's late word changes nothing
            never.countDown();
            dying.stop();
            assertThat(survivor.of(ANNA, "en").orElseThrow().state()).isEqualTo(DryRuns.State.DONE);
        }
    }

    private DryRuns node(MigratedDatabase db, DryRuns.Runner runner) {
        DryRuns runs = new DryRuns(runner, db.node().jdbc(), clock, TIMEOUT, 1, 1);
        started.add(runs);
        return runs;
    }

    private PolicyDryRun.Result blockedRun(String edition, PolicyDraft draft) {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new PolicyDryRun.Result(3, 1, 0, 0, Map.of("spam", 1), List.of(), 0);
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
