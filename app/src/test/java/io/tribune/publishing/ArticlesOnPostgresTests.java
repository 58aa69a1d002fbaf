package io.tribune.publishing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same contract on the production database: migrations, queries and demo content on PostgreSQL. */
@SpringBootTest(properties = {"tribune.demo.enabled=true", "tribune.media.root=target/test-media"})
class ArticlesOnPostgresTests extends ArticlesContract {

    static final String SCHEMA = Postgres.freshSchema();

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(Postgres.isAvailable(), "no PostgreSQL at " + Postgres.URL + " (CI starts one)");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Postgres.urlFor(SCHEMA));
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (Postgres.isAvailable()) {
            Postgres.dropSchema(SCHEMA);
        }
    }
}
