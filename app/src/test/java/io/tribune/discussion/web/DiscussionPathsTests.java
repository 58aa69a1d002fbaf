package io.tribune.discussion.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.discussion.CommentOrder;
import io.tribune.publishing.DiscussedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The discussion's addresses: built as their handlers are mapped, and every one a reader posts to is
 * behind the sign-in, from the same definition as its handler's mapping.
 */
class DiscussionPathsTests {

    private static final DiscussedArticle ARTICLE =
            new DiscussedArticle(42, "en", "Port strike", "", "", "/en/world/port-strike", Instant.EPOCH, 0, null);

    /** A path of each kind that is posted to, built as pages and letters build it. */
    private static final List<String> POSTED = List.of(
            DiscussionPaths.of(ARTICLE),
            DiscussionPaths.of("ar", 123456789012345678L),
            DiscussionPaths.action(ARTICLE, 7, "edit"),
            DiscussionPaths.action(ARTICLE, 7, "delete"),
            DiscussionPaths.action(ARTICLE, 7, "report"));

    @Test
    void theAddressesAreTheSiteOnes() {
        assertThat(DiscussionPaths.of(ARTICLE)).isEqualTo("/en/discussion/42");
        assertThat(DiscussionPaths.sorted(ARTICLE, CommentOrder.NEWEST))
                .isEqualTo("/en/discussion/42?sort=" + CommentOrder.NEWEST.param());
        assertThat(DiscussionPaths.action(ARTICLE, 7, "report")).isEqualTo("/en/discussion/42/comments/7/report");
        assertThat(DiscussionPaths.live(ARTICLE)).isEqualTo("/en/discussion/42/live");
        assertThat(DiscussionPaths.permalink("en", 7)).isEqualTo("/en/comments/7");
        assertThat(DiscussionPaths.focused("en", 42, 7)).isEqualTo("/en/discussion/42?comment=7#comment-7");
        assertThat(matches(DiscussionPaths.PERMALINK, DiscussionPaths.permalink("ar", 123456789012345678L)))
                .isTrue();
    }

    @Test
    void theSignInCoversWhatItAlwaysCovered() {
        assertThat(DiscussionPaths.CHANGES).containsExactly("/*/discussion/*", "/*/discussion/*/comments/*/*");
    }

    @Test
    void everyPathPostedToIsAnsweredByAHandlerAndBehindTheSignIn() {
        List<String> posts = postMappings();
        for (String path : POSTED) {
            assertThat(posts).as("a handler answers a post to %s", path).anyMatch(mapping -> matches(mapping, path));
            assertThat(DiscussionPaths.CHANGES)
                    .as("the sign-in covers %s", path)
                    .anyMatch(pattern -> matches(pattern, path));
        }
    }

    @Test
    void everyHandlerPostedToIsOneTheSignInIsDerivedFrom() {
        List<String> posts = postMappings();
        assertThat(posts).isNotEmpty();
        for (String mapping : posts) {
            assertThat(DiscussionPaths.CHANGES)
                    .as("the sign-in is derived from the mapping %s", mapping)
                    .contains(DiscussionPaths.anyValues(mapping));
            assertThat(POSTED).as("a path built for %s", mapping).anyMatch(path -> matches(mapping, path));
        }
    }

    @Test
    void readingNeedsNoSignIn() {
        for (String path : List.of(
                DiscussionPaths.live(ARTICLE), "/en/discussion/42/comments/7", DiscussionPaths.permalink("en", 7))) {
            // the sign-in matcher asks for posts only; the live stream is read with a get
            assertThat(DiscussionPaths.CHANGES).noneMatch(pattern -> matches(pattern, path));
        }
    }

    /** The patterns of every handler of the discussion's pages that answers a post. */
    private static List<String> postMappings() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> mappings = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents(DiscussionPaths.class.getPackageName())) {
            Class<?> controller = load(found.getBeanClassName());
            for (var method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.POST)) {
                    Stream.concat(Arrays.stream(mapping.path()), Arrays.stream(mapping.value()))
                            .distinct()
                            .forEach(mappings::add);
                }
            }
        }
        return mappings;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(String pattern, String path) {
        return PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
    }
}
