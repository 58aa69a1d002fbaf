package io.tribune.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.EnvironmentVariables;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The owed letters' outbox settings, bound by the names the README gives them. */
class LetterOutboxSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void theOutboxIsSentEveryFifteenSecondsWithAFiveMinuteLeaseByDefault() {
        context.run(started -> {
            OutboxSettings settings = started.getBean(OutboxSettings.class);
            assertThat(settings.delivery())
                    .isEqualTo(new Delivery(true, Duration.ofSeconds(15), Duration.ofMinutes(5)));
            assertThat(settings.retryAfter()).isEqualTo(Duration.ofMinutes(1));
            assertThat(settings.maxAttempts()).isEqualTo(10);
        });
    }

    @Test
    void theDocumentedNamesSetTheOutboxAndNotTheNotificationQueue() {
        context.withPropertyValues(
                        "tribune.mail.outbox.poll-interval=PT30S",
                        "tribune.mail.outbox.lease=PT7M",
                        "tribune.mail.outbox.retry-after=PT2M",
                        "tribune.mail.outbox.max-attempts=3",
                        "tribune.mail.poll-interval=PT1M",
                        "tribune.mail.lease=PT9M")
                .withInitializer(EnvironmentVariables.of(Map.of("TRIBUNE_MAIL_OUTBOX_SENDING", "false")))
                .run(started -> {
                    OutboxSettings settings = started.getBean(OutboxSettings.class);
                    assertThat(settings.delivery())
                            .isEqualTo(new Delivery(false, Duration.ofSeconds(30), Duration.ofMinutes(7)));
                    assertThat(settings.retryAfter()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(settings.maxAttempts()).isEqualTo(3);
                });
    }

    @Test
    void turningTheNotificationQueueOffLeavesTheOutboxSending() {
        context.withInitializer(EnvironmentVariables.of(Map.of("TRIBUNE_MAIL_SENDING", "false")))
                .run(started -> assertThat(
                                started.getBean(OutboxSettings.class).delivery().sending())
                        .isTrue());
    }

    @Test
    void aLeaseOfNothingIsRefusedAtStart() {
        context.withPropertyValues("tribune.mail.outbox.lease=PT0S")
                .run(started -> assertThat(started).hasFailed());
    }

    @EnableConfigurationProperties(OutboxSettings.class)
    static class Bound {}
}
