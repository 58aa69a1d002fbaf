package io.tribune.notifications.push;

import java.time.Duration;

/** Settings for sending to a push service on this machine, with short waits. */
final class PushTestSettings {

    private PushTestSettings() {}

    static PushSettings local() {
        return local(100);
    }

    static PushSettings local(int batchSize) {
        return new PushSettings(
                "",
                null,
                true,
                Duration.ofDays(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                batchSize,
                16,
                3,
                Duration.ofMillis(200),
                Duration.ofSeconds(10),
                Duration.ofMillis(100),
                false);
    }
}
