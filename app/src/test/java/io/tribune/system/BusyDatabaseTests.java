package io.tribune.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.support.Browser;
import io.tribune.support.Staff;
import java.net.http.HttpResponse;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** When no database connection comes free in time, readers get the localised "busy" page, not a server error. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:busy-database;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "spring.datasource.hikari.maximum-pool-size=2",
            "spring.datasource.hikari.connection-timeout=250"
        })
class BusyDatabaseTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PrivacyPolicy privacyPolicy;

    @Test
    void aPageThatFindsNoFreeConnectionIsAnsweredBusyWithRetryAfter() throws Exception {
        HttpResponse<String> answer;
        try (Connection one = dataSource.getConnection();
                Connection two = dataSource.getConnection()) {
            answer = new Browser(port).get("/es/discussion/1");
        }

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("lang=\"es\"").doesNotContain("Exception");
        assertThat(new Browser(port).get("/es/discussion/999999999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aSignedInReaderWhoseSessionCheckFindsNoFreeConnectionIsAnsweredBusyToo() throws Exception {
        // the session check runs in the security filters, before any controller: an exception there
        // never reaches the controllers' exception handlers
        var staff = new Staff(jdbc, passwords, privacyPolicy.version(), port);
        Browser reader = staff.signedIn(staff.reader("Busy Reader", "es"));
        HttpResponse<String> answer;
        try (Connection one = dataSource.getConnection();
                Connection two = dataSource.getConnection()) {
            answer = reader.get("/es/account");
        }

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("lang=\"es\"").doesNotContain("Exception");
        assertThat(reader.get("/es/account").statusCode()).isEqualTo(200);
    }
}
