package io.tribune.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.EnvironmentVariables;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Who letters are from and where they go without SMTP, as the application binds it at start. */
class NotificationSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void lettersComeFromTheLocalHostAndGoToTheDataFolderByDefault() {
        context.run(started -> {
            NotificationSettings settings = started.getBean(NotificationSettings.class);
            assertThat(settings.from()).isEqualTo("Tribune <no-reply@localhost>");
            assertThat(settings.folder()).isEqualTo(Path.of("data/mail"));
        });
    }

    @Test
    void theReadmesVariableSetsTheSender() {
        context.withInitializer(EnvironmentVariables.of(Map.of("TRIBUNE_MAIL_FROM", "News <news@example.org>")))
                .run(started -> assertThat(
                                started.getBean(NotificationSettings.class).from())
                        .isEqualTo("News <news@example.org>"));
    }

    @EnableConfigurationProperties(NotificationSettings.class)
    static class Bound {}
}
