package io.tribune.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The installation's settings as the application binds them at start. */
class SystemSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void withoutSettingsThereIsNoAddressNoDemoAndRoomForALongPage() {
        context.run(started -> {
            SystemSettings settings = started.getBean(SystemSettings.class);
            assertThat(settings.baseUrl()).isNull();
            assertThat(settings.demo().enabled()).isFalse();
            assertThat(settings.http().writeBufferBytes()).isEqualTo(32_768);
        });
    }

    /** {@code TRIBUNE_DEMO=true} reaches the binder as the property {@code tribune.demo}. */
    @Test
    void theDemoSwitchFromTheEnvironmentIsBound() {
        context.withPropertyValues("tribune.demo=true", "tribune.demo.enabled=true")
                .run(started -> assertThat(
                                started.getBean(SystemSettings.class).demo().enabled())
                        .isTrue());
    }

    @Test
    void theSiteTakesItsAddressFromTheSettings() {
        context.withPropertyValues("tribune.base-url=https://news.example.org/")
                .run(started -> assertThat(new Site(started.getBean(SystemSettings.class)).baseUrl())
                        .isEqualTo("https://news.example.org"));
    }

    @Test
    void aWriteBufferThatIsNotPositiveStopsTheStartNamingTheSetting() {
        context.withPropertyValues("tribune.http.write-buffer-bytes=0").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("tribune.http.write-buffer-bytes must be a positive number");
        });
    }

    @EnableConfigurationProperties(SystemSettings.class)
    static class Bound {}
}
