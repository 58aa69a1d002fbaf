package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tribune.support.Browser;
import io.tribune.support.Postgres;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A production start as the README describes it (the {@code postgres} profile) by an operator who
 * has not configured SMTP yet: the letters must not be readable from the web.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tribune.base-url=http://news.tribune.test",
            "tribune.media.root=target/production-media",
            "tribune.mail.folder=target/production-mail",
            "tribune.accounts.captcha.max-number=2000"
        })
@ActiveProfiles("postgres")
class AccountsMailViewerTests {

    static final String SCHEMA = Postgres.freshSchema();

    @LocalServerPort
    int port;

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(Postgres.isAvailable(), "no PostgreSQL at " + Postgres.URL + " (CI starts one)");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Postgres.urlFor(SCHEMA));
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (Postgres.isAvailable()) {
            Postgres.dropSchema(SCHEMA);
        }
    }

    @Test
    void mailViewerIsNotServedOutsideDemoMode() {
        // the attack: ask for the administrator's reset link, then read it where the letters are listed
        Browser attacker = new Browser(port);
        String page = attacker.get("/en/account/recover").body();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("email", "admin@tribune.localhost"));
        fields.put("altcha", Browser.solveCaptcha(page));
        assertThat(attacker.post("/en/account/recover", page, fields).statusCode())
                .isEqualTo(302);

        HttpResponse<String> viewer = attacker.get("/dev/mail");

        assertThat(viewer.statusCode()).isEqualTo(404);
        assertThat(viewer.body()).doesNotContain("token=").doesNotContain("admin@tribune.localhost");
    }

    @Test
    void metricsAreNotServedOnThePublicPort() {
        HttpResponse<String> metrics = new Browser(port).get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(404);
        assertThat(metrics.body()).doesNotContain("jvm_");
    }
}
