package io.tribune.discussion.web;

import gg.jte.TemplateEngine;
import io.tribune.accounts.SignInRequired;
import io.tribune.discussion.CommentPermits;
import io.tribune.editions.Editions;
import io.tribune.system.Site;
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

    /**
     * The posting turn taken in front of the security filters. Declared here rather than as a
     * component, so that web slice tests, which load filter components, do not need the discussion.
     */
    @Bean
    PostingTurns postingTurns(
            CommentPermits permits, DiscussionViews views, Editions editions, TemplateEngine templates, Site site) {
        return new PostingTurns(permits, views, editions, templates, site);
    }
}
