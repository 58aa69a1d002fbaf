package io.tribune.system.web;

import io.tribune.system.SecurityHeaders;
import io.tribune.system.Site;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The security chain. Public pages are open and cacheable: Spring Security's default no-store
 * header is not written, and each controller states its own caching. Forms keep CSRF protection.
 * The security headers are {@link SecurityHeaders}' in place of Spring Security's defaults, the same
 * ones {@link KeptPagesValve} writes on kept pages, so that the two cannot drift apart. HSTS among
 * them is written on every answer of an https site, not only on requests that arrive over TLS (as
 * Spring Security's own writer would); {@link StrictTransportSecurity} adds it where the chain does
 * not run.
 */
@Configuration
class WebSecurity {

    @Bean
    SecurityFilterChain publicSite(HttpSecurity http, Site site) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers -> {
                    headers.defaultsDisabled();
                    SecurityHeaders.of(site)
                            .forEach((name, value) -> headers.addHeaderWriter(new StaticHeadersWriter(name, value)));
                })
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** A URL the firewall refuses (encoded traversal, odd characters) gets the localised 400 page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }
}
