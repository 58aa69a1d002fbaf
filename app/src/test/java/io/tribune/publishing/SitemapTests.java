package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@TribuneTest
class SitemapTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory persistence;

    SiteClient site;
    Statistics statistics;

    @BeforeEach
    void watchTheDatabase() {
        site = new SiteClient(port);
        statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @AfterEach
    void stopWatching() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void sitemapIsKeptUntilTheNextPublication() {
        byte[] first = sitemap();
        statistics.clear();

        byte[] second = sitemap();

        assertThat(second).isEqualTo(first);
        assertThat(statistics.getPrepareStatementCount())
                .as("statements for a kept sitemap")
                .isZero();

        String path = new TestArticles(context).publish("es", "sitemap-kept", "Un artículo nuevo", "Texto.");
        String third = new String(sitemap(), StandardCharsets.UTF_8);
        assertThat(third).contains("<loc>http://localhost:8080" + path + "</loc>");
    }

    @Test
    void sitemapLoadsNoWholeArticles() {
        new TestArticles(context).publish("ru", "sitemap-slim", "Новая статья", "Текст.");
        statistics.clear();

        String xml = new String(sitemap(), StandardCharsets.UTF_8);

        assertThat(xml).contains("/ru/world/sitemap-slim</loc>");
        assertThat(statistics.getEntityStatistics(Article.class.getName()).getLoadCount())
                .as("articles loaded")
                .isZero();
    }

    private byte[] sitemap() {
        HttpResponse<byte[]> response = site.bytes("GET", "/sitemap.xml", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
