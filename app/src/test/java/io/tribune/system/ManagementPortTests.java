package io.tribune.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

@TribuneTest
class ManagementPortTests {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/health", "/actuator", "/actuator/info"})
    void actuatorIsNotServedOnThePublicPort(String path) {
        HttpResponse<String> response = new SiteClient(port).get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"en\"", "Page not found");
        assertThat(response.body()).doesNotContain("Exception", "at io.", "at org.", "jvm_", "\"status\"");
    }

    @Test
    void managementPortAnswersHealthAndMetrics() {
        SiteClient management = new SiteClient(managementPort);

        assertThat(managementPort).isNotEqualTo(port);
        HttpResponse<String> readiness = management.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
        assertThat(management.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }
}
