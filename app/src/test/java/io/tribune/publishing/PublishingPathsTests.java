package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/** The public pages' addresses: built as their handlers are mapped. */
class PublishingPathsTests {

    @Test
    void eachPathMatchesThePatternItsHandlerIsMappedTo() {
        assertMatches(PublishingPaths.NEWS, PublishingPaths.news("en"));
        assertMatches(PublishingPaths.SECTION, PublishingPaths.section("en", "world"));
        assertMatches(PublishingPaths.TAG, PublishingPaths.tag("ru", "climate"));
        assertMatches(PublishingPaths.ARTICLE, PublishingPaths.article("es", "sport", "the-final"));
        assertMatches(PublishingPaths.FEED, PublishingPaths.feedOf("/en/"));
        assertMatches(PublishingPaths.SECTION_FEED, PublishingPaths.feedOf(PublishingPaths.section("en", "world")));
        assertMatches(PublishingPaths.TAG_FEED, PublishingPaths.feedOf(PublishingPaths.tag("en", "climate")));
        assertMatches(PublishingPaths.SHORT_LINK, PublishingPaths.shortLink("a1B2c3"));
        assertMatches(PublishingPaths.VIEW, PublishingPaths.view(42));
    }

    @Test
    void theAddressesAreTheSiteOnes() {
        assertThat(PublishingPaths.section("en", "world")).isEqualTo("/en/world/");
        assertThat(PublishingPaths.article("en", "world", "port-strike")).isEqualTo("/en/world/port-strike");
        assertThat(PublishingPaths.tag("en", "climate")).isEqualTo("/en/tags/climate");
        assertThat(PublishingPaths.feedOf("/en/tags/climate")).isEqualTo("/en/tags/climate/rss.xml");
        assertThat(PublishingPaths.feedOf("/en/world/")).isEqualTo("/en/world/rss.xml");
        assertThat(PublishingPaths.view(42)).isEqualTo("/api/views/42.gif");
    }

    @Test
    void allNewsCarriesOnlyTheFiltersGiven() {
        assertThat(PublishingPaths.news("en", null, null)).isEqualTo("/en/news");
        assertThat(PublishingPaths.news("en", "world", null)).isEqualTo("/en/news?section=world");
        assertThat(PublishingPaths.news("en", null, "climate")).isEqualTo("/en/news?tag=climate");
        assertThat(PublishingPaths.news("en", "world", "climate")).isEqualTo("/en/news?section=world&tag=climate");
    }

    @Test
    void aPageOfAListKeepsTheListsFiltersAndTheFirstPageIsCanonicalWithoutANumber() {
        assertThat(PublishingPaths.page("/en/world/", 2)).isEqualTo("/en/world/?page=2");
        assertThat(PublishingPaths.page("/en/news?tag=climate", 3)).isEqualTo("/en/news?tag=climate&page=3");
        assertThat(PublishingPaths.canonicalPage("/en/news", 1)).isEqualTo("/en/news");
        assertThat(PublishingPaths.canonicalPage("/en/news", 2)).isEqualTo("/en/news?page=2");
    }

    private static void assertMatches(String pattern, String path) {
        assertThat(PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path)))
                .as("%s matches %s", path, pattern)
                .isTrue();
    }
}
