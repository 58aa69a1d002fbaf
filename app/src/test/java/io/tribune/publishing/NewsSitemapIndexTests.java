package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * More articles in the last two days than one news sitemap may hold: {@code news-sitemap.xml} becomes
 * an index of parts of at most 1,000 each, which together list every one of them once. A site of its
 * own, so that thousands of fresh articles do not crowd the other tests' front pages.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:news-sitemap-index;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.media.root=target/test-media",
            "tribune.views.flush-interval=PT1H"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsSitemapIndexTests {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int ADDED = 2_100;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void publishManyFreshArticles() {
        long section = jdbc.sql("select id from section where edition = 'en' and slug = 'world'")
                .query(Long.class)
                .single();
        Instant now = Instant.now();
        for (int i = 0; i < ADDED; i++) {
            Timestamp at = Timestamp.from(now.minus(i, ChronoUnit.SECONDS).minus(1, ChronoUnit.MINUTES));
            jdbc.sql("""
                            insert into article (edition, section_id, slug, short_code, title, lead, body, byline,
                              top_story, breaking, published_at, modified_at, view_count, comment_count)
                            values ('en', :section, :slug, :code, :title, 'Lead.', 'Body.', '', false, false, :at, :at,
                              0, 0)""")
                    .param("section", section)
                    .param("slug", "fresh-" + i)
                    .param("code", "nsi" + i)
                    .param("title", "Fresh story " + i)
                    .param("at", at)
                    .update();
        }
    }

    @Test
    void theNewsSitemapBecomesAnIndexOfPartsOfAtMostAThousand() throws Exception {
        SiteClient site = new SiteClient(port);
        long recent = jdbc.sql("select count(*) from article where published_at > :since and published_at <= :now")
                .param("since", Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)))
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();

        Document index = NewsSeoTests.parse(site.get("/news-sitemap.xml").body());

        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        NodeList parts = index.getElementsByTagNameNS(SITEMAP, "loc");
        assertThat(parts.getLength()).isEqualTo((int) ((recent + 999) / 1000));
        Set<String> listed = new HashSet<>();
        int total = 0;
        for (int i = 0; i < parts.getLength(); i++) {
            String part = parts.item(i).getTextContent().replaceFirst("^http://[^/]+", "");
            assertThat(part).isEqualTo("/news-sitemap-" + (i + 1) + ".xml");
            NodeList urls = NewsSeoTests.parse(site.get(part).body()).getElementsByTagNameNS(SITEMAP, "loc");
            assertThat(urls.getLength()).isLessThanOrEqualTo(1000).isPositive();
            for (int u = 0; u < urls.getLength(); u++) {
                listed.add(urls.item(u).getTextContent());
            }
            total += urls.getLength();
        }
        assertThat(total).isEqualTo(recent).isEqualTo(listed.size());
        assertThat(site.get("/news-sitemap-" + (parts.getLength() + 1) + ".xml").statusCode())
                .isEqualTo(404);
        assertThat(site.get("/news-sitemap-99999.xml").statusCode()).isEqualTo(404);
    }
}
