package io.tribune.publishing.web;

import io.tribune.accounts.SignInRequired;
import io.tribune.publishing.NewsroomPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The newsroom needs someone signed in: anyone else is sent to log in. Who may see which edition's
 * newsroom is then decided on every call by {@link io.tribune.publishing.Editors}, which answers 404 to
 * those who may not.
 */
@Configuration
class NewsroomSecurity {

    @Bean
    SignInRequired newsroomPages() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new SignInRequired(
                new OrRequestMatcher(paths.matcher(NewsroomPaths.DESK), paths.matcher(NewsroomPaths.ALL)));
    }
}
