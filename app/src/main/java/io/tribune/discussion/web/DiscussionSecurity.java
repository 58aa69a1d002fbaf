package io.tribune.discussion.web;

import io.tribune.accounts.SignInRequired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Posting in a discussion needs a signed-in reader; reading it does not. */
@Configuration
class DiscussionSecurity {

    @Bean
    SignInRequired commentPosting() {
        return new SignInRequired(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/*/discussion/*"));
    }
}
