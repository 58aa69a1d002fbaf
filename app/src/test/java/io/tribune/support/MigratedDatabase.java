package io.tribune.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database of either kind Tribune runs on ({@code h2} or {@code postgresql}), made by the
 * real migrations, for tests that play several nodes at once: each node gets a connection and
 * transactions of its own. PostgreSQL is used only where it runs; elsewhere such tests are skipped.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String schema;
    private final List<SingleConnectionDataSource> connections = new ArrayList<>();

    private MigratedDatabase(String url, String user, String schema) {
        this.url = url;
        this.user = user;
        this.schema = schema;
    }

    public static MigratedDatabase open(String kind) throws SQLException {
        MigratedDatabase db;
        if (kind.equals("postgresql")) {
            assumeTrue(Postgres.isAvailable(), "no PostgreSQL at " + Postgres.URL + " (CI starts one)");
            String schema = Postgres.freshSchema();
            db = new MigratedDatabase(Postgres.urlFor(schema), Postgres.USER, schema);
        } else {
            db = new MigratedDatabase(
                    "jdbc:h2:mem:migrated-" + System.nanoTime()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    null);
        }
        var flyway = Flyway.configure().dataSource(db.url, db.user, "").locations("classpath:db/migration");
        if (db.schema != null) {
            flyway.schemas(db.schema);
        }
        flyway.load().migrate();
        return db;
    }

    /** One node: a connection of its own, with a client and transactions on it. */
    public Node node() {
        var connection = new SingleConnectionDataSource(url, user, "", true);
        connection.setAutoCommit(true);
        synchronized (connections) {
            connections.add(connection);
        }
        return new Node(connection);
    }

    /** A client on a connection of its own, with transactions on that connection. */
    public record Node(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction) {

        Node(DataSource dataSource) {
            this(
                    dataSource,
                    JdbcClient.create(dataSource),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        }
    }

    @Override
    public void close() throws SQLException {
        synchronized (connections) {
            connections.forEach(SingleConnectionDataSource::destroy);
            connections.clear();
        }
        if (schema != null) {
            Postgres.dropSchema(schema);
        } else {
            var last = new SingleConnectionDataSource(url, user, "", true);
            JdbcClient.create(last).sql("shutdown").update();
            last.destroy();
        }
    }
}
