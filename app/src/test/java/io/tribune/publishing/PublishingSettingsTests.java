package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The operator's publishing settings as the application binds them at start. */
class PublishingSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void eachSettingHasItsDefault() {
        context.run(started -> {
            PublishingSettings settings = started.getBean(PublishingSettings.class);
            assertThat(settings.sitemap().maxAge()).isEqualTo(Duration.ofMinutes(10));
            assertThat(settings.articleCache().ttl()).isEqualTo(Duration.ofSeconds(30));
            assertThat(settings.demoContent().location()).isEqualTo("classpath:demo/");
        });
    }

    @Test
    void theDemoFolderEndsWithASlashWhetherOrNotItWasWrittenWithOne() {
        context.withPropertyValues("tribune.demo-content.location=file:/srv/tribune/demo")
                .run(started -> assertThat(started.getBean(PublishingSettings.class)
                                .demoContent()
                                .location())
                        .isEqualTo("file:/srv/tribune/demo/"));
    }

    /**
     * {@code TRIBUNE_DEMO=true}, as the README and the bench scripts set it, reaches the binder as the
     * property {@code tribune.demo}: it must switch the demo on, not become the demo folder "true/".
     */
    @Test
    void theDemoSwitchFromTheEnvironmentLeavesTheDemoFolderAlone() {
        context.withPropertyValues("tribune.demo=true").run(started -> {
            PublishingSettings settings = started.getBean(PublishingSettings.class);
            assertThat(settings.demoContent().location()).isEqualTo("classpath:demo/");
        });
    }

    @Test
    void aKeepingTimeThatIsNotPositiveStopsTheStartNamingTheSetting() {
        context.withPropertyValues("tribune.article-cache.ttl=0s").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("tribune.article-cache.ttl must be a positive duration");
        });
    }

    @Test
    void aValueThatIsNoDurationStopsTheStartNamingTheSetting() {
        context.withPropertyValues("tribune.sitemap.max-age=ten minutes").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure())
                    .hasStackTraceContaining("Failed to bind properties under 'tribune.sitemap.max-age'");
        });
    }

    @EnableConfigurationProperties(PublishingSettings.class)
    static class Bound {}
}
