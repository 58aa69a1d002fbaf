package io.tribune.publishing.web;

import io.tribune.publishing.PublishingPaths;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Where an article page lives, {@code /{edition}/{section}/{slug}}: one grammar, which Spring MVC maps
 * to {@link ArticleController} and by which {@link KeptArticles} finds kept pages, so that the two
 * cannot disagree on what an article's address is.
 */
record ArticleAddress(String edition, String section, String slug) {

    /** The address as a Spring MVC path pattern. */
    static final String PATTERN = PublishingPaths.ARTICLE;

    private static final PathPattern PARSED = PathPatternParser.defaultInstance.parse(PATTERN);

    /** The article address a path has the shape of, matched as Spring MVC matches it. */
    static Optional<ArticleAddress> of(String path) {
        PathPattern.PathMatchInfo match = PARSED.matchAndExtract(PathContainer.parsePath(path));
        if (match == null) {
            return Optional.empty();
        }
        Map<String, String> parts = match.getUriVariables();
        return Optional.of(new ArticleAddress(parts.get("edition"), parts.get("section"), parts.get("slug")));
    }

    String path() {
        return PublishingPaths.article(edition, section, slug);
    }
}
