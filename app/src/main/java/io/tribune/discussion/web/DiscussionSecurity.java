package io.tribune.discussion.web;

import io.tribune.accounts.SignInRequired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Posting, editing, deleting and reporting in a discussion need a signed-in reader; reading does not. */
@Configuration
class DiscussionSecurity {

    @Bean
    SignInRequired commentPosting() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new SignInRequired(new OrRequestMatcher(DiscussionPaths.CHANGES.stream()
                .map(path -> (RequestMatcher) paths.matcher(HttpMethod.POST, path))
                .toList()));
    }
}
