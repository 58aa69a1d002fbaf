package io.tribune.publishing.web;

import io.tribune.accounts.Role;
import io.tribune.accounts.StaffOnly;
import io.tribune.publishing.NewsroomPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The newsroom and its gallery desk are the edition's editors' (and administrators'): a stranger is sent
 * to log in, anyone else is answered 404 as if the desk did not exist. Declared here once for the
 * security chain, so no handler or use case checks by hand.
 */
@Configuration
class DeskSecurity {

    @Bean
    static StaffOnly editorsDesks() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new StaffOnly(
                new OrRequestMatcher(paths.matcher(NewsroomPaths.DESK), paths.matcher(NewsroomPaths.ALL)), Role.EDITOR);
    }
}
