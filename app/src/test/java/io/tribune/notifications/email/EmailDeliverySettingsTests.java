package io.tribune.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.notifications.Delivery;
import io.tribune.support.EnvironmentVariables;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** How notification letters are sent, bound by the names the README gives them. */
class EmailDeliverySettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void notificationLettersAreSentEveryFifteenSecondsWithAFiveMinuteLeaseByDefault() {
        context.run(started -> assertThat(
                        started.getBean(EmailNotificationSettings.class).delivery())
                .isEqualTo(new Delivery(true, Duration.ofSeconds(15), Duration.ofMinutes(5))));
    }

    @Test
    void theDocumentedNamesSetTheNotificationQueueAndNotTheOutbox() {
        context.withPropertyValues(
                        "tribune.mail.poll-interval=PT1M",
                        "tribune.mail.lease=PT9M",
                        "tribune.mail.reply-window=PT2H",
                        "tribune.mail.outbox.poll-interval=PT30S",
                        "tribune.mail.outbox.lease=PT7M",
                        "tribune.mail.outbox.sending=true")
                .withInitializer(EnvironmentVariables.of(Map.of("TRIBUNE_MAIL_SENDING", "false")))
                .run(started -> {
                    EmailNotificationSettings settings = started.getBean(EmailNotificationSettings.class);
                    assertThat(settings.delivery())
                            .isEqualTo(new Delivery(false, Duration.ofMinutes(1), Duration.ofMinutes(9)));
                    assertThat(settings.replyWindow()).isEqualTo(Duration.ofHours(2));
                });
    }

    @EnableConfigurationProperties(EmailNotificationSettings.class)
    static class Bound {}
}
