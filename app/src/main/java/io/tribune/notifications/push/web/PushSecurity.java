package io.tribune.notifications.push.web;

import io.tribune.notifications.push.PushPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** What the push pages add to the security chain. */
@Configuration
class PushSecurity {

    /**
     * The service worker's renewal carries no form token: a worker has no page to take one from. The
     * old endpoint it names stands in for it ({@link RenewalController}).
     */
    @Bean
    static Customizer<HttpSecurity> renewalNeedsNoFormToken() {
        var renewal = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PushPaths.RENEWAL);
        return http -> http.csrf(csrf -> csrf.ignoringRequestMatchers(renewal));
    }
}
