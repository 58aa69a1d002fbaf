package io.tribune.moderation.engine.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.RuleId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class H2ActivityStoreTests extends ActivityStoreContract {

    private final JdbcDataSource dataSource = dataSource();

    private static JdbcDataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:activity-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @Override
    ActivityStore store() {
        return new JdbcActivityStore(dataSource);
    }

    @Test
    void twoNodesOnOneDatabaseSeeEachOthersComments() {
        JdbcActivityStore first = new JdbcActivityStore(dataSource);
        JdbcActivityStore second = new JdbcActivityStore(dataSource);
        first.record(trace("c1", "ann", null, 0, "posted through the first node"));
        second.record(trace("c2", "ann", null, 1, "posted through the second node"));
        assertThat(first.recent(List.of(Keys.author("ann")), T0, T0.plusSeconds(1), 10))
                .extracting(Trace::commentId)
                .containsExactly("c2", "c1");
    }

    @Test
    void aTraceWrittenInTheCallersTransactionIsKeptOnlyWhenItCommits() throws Exception {
        JdbcActivityStore store = new JdbcActivityStore(dataSource);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            store.record(c, trace("dropped", "ann", null, 0, "rolled back with its comment"));
            store.flag(c, List.of("dropped"), RuleId.FLOOD);
            c.rollback();
            store.record(c, trace("kept", "ann", null, 1, "committed with its comment"));
            store.flag(c, List.of("kept"), RuleId.FLOOD);
            c.commit();
        }
        assertThat(store.recent(List.of(Keys.author("ann")), T0, T0.plusSeconds(1), 10))
                .singleElement()
                .satisfies(trace -> {
                    assertThat(trace.commentId()).isEqualTo("kept");
                    assertThat(trace.isFlagged(RuleId.FLOOD)).isTrue();
                });
    }

    @Test
    void rowsPastTheRetentionArePruned() throws Exception {
        JdbcActivityStore store = new JdbcActivityStore(dataSource, Duration.ofMinutes(5), true);
        store.record(trace("old", "ann", null, 0, "an old remark"));
        for (int i = 1; i < JdbcActivityStore.PRUNE_EVERY; i++) {
            store.record(trace("n" + i, "bob", null, 3_600 + i, "remark " + i));
        }
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select count(*) from moderation_activity where comment_id = 'old'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void aBusyNetworkIsReadInOneStatementOfAFewRows() {
        CountedReads counted = new CountedReads(dataSource);
        JdbcActivityStore store = new JdbcActivityStore(counted.dataSource());
        Trace probe = busyNetwork(store);
        counted.reset();
        assertThat(store.nearby(probe, T0, 3, 500)).hasSize(2 + 3);
        assertThat(counted.statements()).isOne();
        assertThat(counted.rows()).isEqualTo(2 + 3);
    }
}
