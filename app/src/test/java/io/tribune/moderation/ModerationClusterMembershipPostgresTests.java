package io.tribune.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.support.OnFreshPostgresSchema;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The clusters queue's membership on PostgreSQL, where production runs: the same journeys as on H2,
 * 630 held members in three clusters among them, in a fresh schema made by the migrations; and two
 * moderators deciding members of one cluster at once, which only a server with row locks can play.
 */
@OnFreshPostgresSchema
class ModerationClusterMembershipPostgresTests extends ModerationClusterMembershipTests {

    /**
     * The first moderator's decision is held open just before it commits, after it counted the cluster
     * again under the lock of the cluster's row; the second decides meanwhile and waits on a lock. On the
     * same member the second is told someone decided first; on another member both are done and the
     * cluster's row says how many are really left. (The second waits on the first before it counts, so
     * this shows the outcome, not which lock gives it: it still passes without the summary row's lock.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"sameMember", "otherMember"})
    void twoModeratorsDecidingOneClusterAtOnceLeaveItsRowRight(String kind) throws Exception {
        List<Long> ids = cluster(
                "en",
                reader("Race One " + kind, "en"),
                reader("Race Two " + kind, "en"),
                reader("Race Three " + kind, "en"),
                reader("Race Four " + kind, "en"));
        AccountId first = moderator("First Racer " + kind, "en");
        AccountId second = moderator("Second Racer " + kind, "en");
        long secondsMember = kind.equals("sameMember") ? ids.get(0) : ids.get(1);
        int audited = count("moderation_audit");
        CountDownLatch counted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService moderators = Executors.newFixedThreadPool(2);
        try {
            Future<Decided> firstAnswer = moderators.submit(() -> transaction.execute(tx -> {
                Decided decided = console.reject(first, "en", ids.get(0), "HELD", "flash_mob", null);
                // after the membership's own synchronisation, which recounts the cluster under its lock
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean isReadOnly) {
                        counted.countDown();
                        awaitQuietly(commit);
                    }
                });
                return decided;
            }));
            assertThat(counted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Decided> secondAnswer =
                    moderators.submit(() -> console.reject(second, "en", secondsMember, "HELD", "flash_mob", null));
            awaitSomeoneWaitingOnALock();
            commit.countDown();

            assertThat(firstAnswer.get(30, TimeUnit.SECONDS).isDone()).isTrue();
            Decided told = secondAnswer.get(30, TimeUnit.SECONDS);
            Cluster left = shown(first, "en", ids.getFirst());
            if (kind.equals("sameMember")) {
                assertThat(told.status()).isEqualTo(409);
                assertThat(told.message()).isEqualTo("moderation.error.decidedMeanwhile");
                assertThat(status(ids.get(0))).isEqualTo("REJECTED");
                assertThat(left.size()).isEqualTo(3);
                assertThat(count("moderation_audit")).isEqualTo(audited + 1);
            } else {
                assertThat(told.isDone()).isTrue();
                assertThat(status(ids.get(1))).isEqualTo("REJECTED");
                assertThat(left.size()).isEqualTo(2);
                assertThat(left.accounts()).isEqualTo(2);
                assertThat(count("moderation_audit")).isEqualTo(audited + 2);
            }
            assertThat(jdbc.sql("select held from comment_cluster where cluster_id = :k")
                            .param("k", ids.getFirst())
                            .query(Integer.class)
                            .single())
                    .isEqualTo(left.size());
        } finally {
            commit.countDown();
            moderators.shutdownNow();
        }
    }

    /** Until another session of this database waits on a row lock (the second moderator's). */
    private void awaitSomeoneWaitingOnALock() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            int waiting = jdbc.sql("select count(*) from pg_stat_activity where datname = current_database()"
                            + " and wait_event_type = 'Lock'")
                    .query(Integer.class)
                    .single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second moderator never waited on the first one's lock");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
