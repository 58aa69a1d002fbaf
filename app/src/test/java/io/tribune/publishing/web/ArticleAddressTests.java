package io.tribune.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.system.KeptPage;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleAddressTests {

    @Test
    void anArticlePathNamesItsEditionSectionAndSlug() {
        assertThat(ArticleAddress.of("/en/world/port-workers-extend-strike"))
                .contains(new ArticleAddress("en", "world", "port-workers-extend-strike"));
        assertThat(new ArticleAddress("ru", "sport", "final").path()).isEqualTo("/ru/sport/final");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/world",
                "/en/world/",
                "/en/world/strike/",
                "/eng/world/strike",
                "/EN/world/strike",
                "/en/World/strike",
                "/en/world/strike.html",
                "/en/world/strike/more",
                "//en/world/strike"
            })
    void otherPathsAreNotArticles(String path) {
        assertThat(ArticleAddress.of(path)).isEmpty();
    }

    @Test
    void slugsAndSectionsHaveTheirLengthLimits() {
        assertThat(ArticleAddress.of("/en/" + "s".repeat(80) + "/" + "a".repeat(120)))
                .isPresent();
        assertThat(ArticleAddress.of("/en/" + "s".repeat(81) + "/a")).isEmpty();
        assertThat(ArticleAddress.of("/en/s/" + "a".repeat(121))).isEmpty();
    }

    @Test
    void aPageLivesOnlyAtItsOwnAddress() {
        ArticlePages.Rendered page = new ArticlePages.Rendered(
                KeptPage.html(new byte[] {'x'}, "\"x\"", Instant.EPOCH, "public"), "/en/world/strike");

        assertThat(page.livesAt(new ArticleAddress("en", "world", "strike"))).isTrue();
        assertThat(page.livesAt(new ArticleAddress("en", "sport", "strike"))).isFalse();
        assertThat(page.livesAt(new ArticleAddress("ru", "world", "strike"))).isFalse();
    }
}
