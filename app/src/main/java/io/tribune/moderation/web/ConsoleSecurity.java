package io.tribune.moderation.web;

import io.tribune.accounts.SignInRequired;
import io.tribune.moderation.ModerationPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The console, a blocked reader's page and the statements of reasons need someone signed in: anyone else
 * is sent to log in. The patterns name an edition, so that {@code /assets/moderation/} (the console's
 * stylesheet, which the public transparency page uses too) stays open to all. Who may see what is
 * then decided per edition by the moderation module, which answers 404 to those who may not, as the
 * admin pages do.
 */
@Configuration
class ConsoleSecurity {

    @Bean
    SignInRequired moderationPages() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new SignInRequired(new OrRequestMatcher(
                paths.matcher(ModerationPaths.CONSOLE),
                paths.matcher(ModerationPaths.under(ModerationPaths.CONSOLE)),
                paths.matcher(ModerationPaths.BLOCKED),
                paths.matcher(ModerationPaths.under(ModerationPaths.BLOCKED)),
                paths.matcher(ModerationPaths.under(ModerationPaths.STATEMENTS))));
    }
}
