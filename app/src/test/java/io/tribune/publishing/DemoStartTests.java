package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's articles and galleries are in place before the web server takes its first request, so
 * the first readers of a new site do not meet missing pages.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.media.root=target/test-media",
            "tribune.views.flush-interval=PT1H"
        })
@Import(DemoStartTests.AtServerStart.class)
class DemoStartTests {

    @Autowired
    AtServerStart atServerStart;

    @Test
    void theDemoIsInPlaceWhenTheServerStartsTakingRequests() {
        assertThat(atServerStart.articles).isPositive();
        assertThat(atServerStart.galleries).isPositive();
    }

    /** Counts what the demo made at the moment the web server has started. */
    @TestConfiguration
    static class AtServerStart {

        private final JdbcClient jdbc;
        volatile long articles = -1;
        volatile long galleries = -1;

        AtServerStart(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventListener
        void started(WebServerInitializedEvent started) {
            articles =
                    jdbc.sql("select count(*) from article").query(Long.class).single();
            galleries =
                    jdbc.sql("select count(*) from gallery").query(Long.class).single();
        }
    }
}
