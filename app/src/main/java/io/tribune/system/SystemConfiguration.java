package io.tribune.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Shared infrastructure beans. */
@Configuration
class SystemConfiguration {

    /** The clock every module reads time from, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
