package io.tribune.notifications.email;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.support.Postgres;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every journey of {@link EmailNotificationTests} again on PostgreSQL, where production runs: two
 * nodes racing for a reader's rows, and a dead node's claim, are the database's own row locking, which
 * H2 only imitates. A fresh schema made by the migrations; skipped where no PostgreSQL runs (CI starts one).
 */
class EmailNotificationPostgresTests extends EmailNotificationTests {

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
