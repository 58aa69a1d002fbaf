package io.tribune.notifications.push;

import java.time.Duration;

/** Settings for sending to a push service on this machine, with short waits. */
final class PushTestSettings {

    private PushTestSettings() {}

    static PushSettings local() {
        return new PushSettings(
                "",
                null,
                true,
                Duration.ofDays(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                100,
                16,
                3,
                Duration.ofMillis(200),
                Duration.ofSeconds(10),
                Duration.ofMillis(100));
    }
}
