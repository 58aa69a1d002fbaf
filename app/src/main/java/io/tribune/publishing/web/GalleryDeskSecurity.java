package io.tribune.publishing.web;

import io.tribune.accounts.SignInRequired;
import io.tribune.publishing.gallery.GalleryPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The gallery desk needs someone signed in: anyone else is sent to log in. Who may use it is then decided
 * per edition by the desk, which answers 404 to those who may not.
 */
@Configuration
class GalleryDeskSecurity {

    @Bean
    SignInRequired galleryDeskPages() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new SignInRequired(
                new OrRequestMatcher(paths.matcher(GalleryPaths.DESK), paths.matcher(GalleryPaths.DESK + "/**")));
    }
}
