package io.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.EnvironmentVariables;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where media are stored, as the application binds it at start. */
class MediaSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void mediaAreStoredUnderTheDataFolderByDefault() {
        context.run(started ->
                assertThat(started.getBean(MediaSettings.class).root()).isEqualTo(Path.of("data/media")));
    }

    @Test
    void theReadmesVariableSetsTheFolder() {
        context.withInitializer(EnvironmentVariables.of(Map.of("TRIBUNE_MEDIA_ROOT", "/srv/tribune/media")))
                .run(started -> assertThat(started.getBean(MediaSettings.class).root())
                        .isEqualTo(Path.of("/srv/tribune/media")));
    }

    @EnableConfigurationProperties(MediaSettings.class)
    static class Bound {}
}
