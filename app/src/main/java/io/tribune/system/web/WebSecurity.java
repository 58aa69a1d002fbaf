package io.tribune.system.web;

import io.tribune.system.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security chain. Public pages are open and cacheable: Spring Security's default no-store
 * header is turned off, and each controller states its own caching. Forms keep CSRF protection.
 * HSTS is {@link StrictTransportSecurity}'s, not Spring Security's, which only writes it on requests
 * that arrive over TLS.
 */
@Configuration
class WebSecurity {

    @Bean
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.disable()))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** A URL the firewall refuses (encoded traversal, odd characters) gets the localised 400 page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }
}
