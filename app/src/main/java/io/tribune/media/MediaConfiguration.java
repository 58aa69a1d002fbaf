package io.tribune.media;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The disk store of renditions, unless the application declares another {@link ImageStore}. */
@Configuration
class MediaConfiguration {

    @Bean
    @ConditionalOnMissingBean(ImageStore.class)
    ImageStore diskImageStore(MediaSettings settings) {
        return new DiskImageStore(settings.root());
    }
}
