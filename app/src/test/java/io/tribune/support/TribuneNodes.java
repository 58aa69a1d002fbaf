package io.tribune.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tribune nodes sharing one fresh PostgreSQL schema, as nodes behind a load balancer share one
 * database; closing stops every node still running and drops the schema, even when a test failed.
 */
public final class TribuneNodes implements AutoCloseable {

    private final String schema;
    private final List<TribuneNode> started = new ArrayList<>();

    private TribuneNodes(String schema) {
        this.schema = schema;
    }

    /** A fresh schema for nodes to share; skips the calling test where no PostgreSQL runs (CI starts one). */
    public static TribuneNodes onFreshSchema() {
        assumeTrue(Postgres.isAvailable(), "no PostgreSQL at " + Postgres.URL + " (CI starts one)");
        return new TribuneNodes(Postgres.freshSchema());
    }

    /** Starts a node on the schema with the default test properties; the first node creates the demo content. */
    public TribuneNode start() {
        return start(Map.of());
    }

    /** Starts a node on the schema, {@code more} set over the default test properties. */
    public TribuneNode start(Map<String, String> more) {
        TribuneNode node = TribuneNode.onPostgres(schema, more);
        started.add(node);
        return node;
    }

    /**
     * Stops the nodes, the last started first, each even when another would not stop (closing a node a
     * test closed already does nothing), then drops the schema.
     */
    @Override
    public void close() throws SQLException {
        RuntimeException failure = null;
        try {
            for (TribuneNode node : started.reversed()) {
                try {
                    node.close();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            Postgres.dropSchema(schema);
        }
    }
}
