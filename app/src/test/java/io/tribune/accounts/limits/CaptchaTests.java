package io.tribune.accounts.limits;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class CaptchaTests {

    @Test
    void aConfiguredSecretShorterThan32BytesStopsTheStart() {
        assertThatThrownBy(() -> new Captcha(null, Clock.systemUTC(), "test-secret", 1000))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes");
    }
}
