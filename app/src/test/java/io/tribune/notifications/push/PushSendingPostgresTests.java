package io.tribune.notifications.push;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.support.Postgres;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every journey of {@link PushSendingTests} again on PostgreSQL, where production runs: the claims a
 * sender takes ({@code for update skip locked}), the leases a dead node leaves behind and two nodes
 * sending at once are the database's own behaviour, which H2 only imitates. A fresh schema made by
 * the migrations; skipped where no PostgreSQL runs (CI starts one).
 */
class PushSendingPostgresTests extends PushSendingTests {

    private static final String SCHEMA = Postgres.freshSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        assumeTrue(Postgres.isAvailable(), "no PostgreSQL at " + Postgres.URL + " (CI starts one)");
        registry.add("spring.datasource.url", () -> Postgres.urlFor(SCHEMA));
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (Postgres.isAvailable()) {
            Postgres.dropSchema(SCHEMA);
        }
    }
}
