package io.tribune.notifications.email;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** The unsubscribe key, and the one address the security chain lets a mail client post to without a session. */
@Configuration
class EmailConfiguration {

    @Bean
    static UnsubscribeTokens unsubscribeTokens(EmailNotificationSettings settings, JdbcClient jdbc, Clock clock) {
        return new UnsubscribeTokens(UnsubscribeKeyStore.load(settings, jdbc, clock));
    }

    /**
     * RFC 8058's one-click unsubscribe is a POST a mail client makes with no session and so no CSRF
     * token: exempt from the CSRF check is that POST alone. The signed token in its address is what
     * guards it, and all it can do is turn one topic off for the reader the token names.
     */
    @Bean
    static Customizer<HttpSecurity> oneClickUnsubscribe() {
        var oneClick =
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, EmailPaths.UNSUBSCRIBE_PATTERN);
        return http -> {
            try {
                http.csrf(csrf -> csrf.ignoringRequestMatchers(oneClick));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
