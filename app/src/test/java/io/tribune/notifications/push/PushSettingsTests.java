package io.tribune.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PushSettingsTests {

    @Test
    void aBatchLargerThanOneStatementCanNameIsRefusedAtStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withBatch(5_001))
                .withMessageContaining("tribune.push.batch-size");
        assertThatIllegalArgumentException().isThrownBy(() -> withBatch(0));
        assertThat(withBatch(5_000).batchSize()).isEqualTo(5_000);
    }

    @Test
    void aLeaseShorterThanTwoRequestsIsRefusedAtStart() {
        var base = PushTestSettings.local();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PushSettings(
                        "",
                        null,
                        true,
                        base.timeToLive(),
                        base.connectTimeout(),
                        base.requestTimeout(),
                        base.batchSize(),
                        base.concurrency(),
                        base.maxAttempts(),
                        base.backoff(),
                        Duration.ofSeconds(7),
                        base.pollInterval(),
                        false))
                .withMessageContaining("tribune.push.lease");
    }

    private static PushSettings withBatch(int batch) {
        return PushTestSettings.local(batch);
    }
}
