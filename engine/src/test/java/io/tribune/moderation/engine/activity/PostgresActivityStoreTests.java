package io.tribune.moderation.engine.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Runs the store contract on a real PostgreSQL at 127.0.0.1:5432/test (user postgres); skipped when none answers. */
class PostgresActivityStoreTests extends ActivityStoreContract {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA =
            "activity_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    private static final List<String> schemas = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void createSchema() {
        DriverManager.setLoginTimeout(3);
        try {
            createSchema(SCHEMA);
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL answers at " + URL + ": " + e.getMessage());
        }
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
                Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    /** Each store gets its own schema, so the tests never see each other's rows. */
    @Override
    ActivityStore store() {
        String schema = SCHEMA + "_" + schemas.size();
        try {
            createSchema(schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new JdbcActivityStore(dataSource(schema));
    }

    private static void createSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=3", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        schemas.add(schema);
    }

    private static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(URL);
        dataSource.setUser("postgres");
        dataSource.setCurrentSchema(schema);
        dataSource.setConnectTimeout(3);
        return dataSource;
    }

    @Test
    void twoNodesOnOneDatabaseSeeEachOthersComments() {
        JdbcActivityStore first = new JdbcActivityStore(dataSource(SCHEMA));
        JdbcActivityStore second = new JdbcActivityStore(dataSource(SCHEMA));
        first.record(trace("c1", "ann", null, 0, "posted through the first node"));
        second.record(trace("c2", "ann", null, 1, "posted through the second node"));
        assertThat(second.recent(List.of(Keys.author("ann")), T0, T0.plusSeconds(1), 10))
                .extracting(Trace::commentId)
                .containsExactly("c2", "c1");
    }
}
