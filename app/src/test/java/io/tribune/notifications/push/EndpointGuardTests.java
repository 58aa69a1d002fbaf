package io.tribune.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointGuardTests {

    private final EndpointGuard production = new EndpointGuard(false);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://93.184.215.14/push/1",
                "https://127.0.0.1/push",
                "https://127.1.2.3:8081/actuator",
                "https://10.0.0.5/push",
                "https://172.16.0.1/push",
                "https://192.168.1.1/push",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/push",
                "https://0.0.0.0/push",
                "https://[::1]/push",
                "https://[fd00::1]/push",
                "https://[fe80::1]/push",
                "https://[::ffff:127.0.0.1]/push",
                "https://[::ffff:10.1.1.1]/push",
                "https://[64:ff9b::a00:1]/push",
                "https://localhost/push",
                "https://user:secret@93.184.215.14/push",
                "ftp://93.184.215.14/push",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "/relative/push",
                "https://",
                "",
                "https://93.184.215.14/push#fragment"
            })
    void refusesEndpointsThatAreNotPublicHttps(String endpoint) {
        assertThat(production.check(endpoint)).isEmpty();
    }

    @Test
    void acceptsAPublicHttpsAddress() {
        assertThat(production.check("https://93.184.215.14/wpush/v2/abc")).isPresent();
        assertThat(production.check("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/push"))
                .isPresent();
    }

    @Test
    void refusesAnOverlongEndpoint() {
        assertThat(production.check("https://93.184.215.14/" + "a".repeat(EndpointGuard.MAX_LENGTH)))
                .isEmpty();
    }

    @Test
    void testsMayAllowALocalPushService() {
        assertThat(new EndpointGuard(true).check("http://127.0.0.1:9999/push/1"))
                .isPresent();
        assertThat(new EndpointGuard(true).check("ftp://127.0.0.1/push/1")).isEmpty();
    }
}
