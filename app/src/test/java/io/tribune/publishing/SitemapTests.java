package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@TribuneTest
class SitemapTests {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory persistence;

    @Autowired
    Articles articles;

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
        assertThat(third).contains("<loc>http://localhost:" + port + path + "</loc>");
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

    @Test
    void sitemapLinksEveryArticleToTheSameStoryInTheOtherEditions() throws Exception {
        ArticleView english =
                articles.article("en", "port-workers-extend-strike").orElseThrow();

        Element url = urlOf(
                document(sitemap()), "http://localhost:" + port + english.card().path());

        List<String> alternates = new ArrayList<>();
        NodeList links = url.getElementsByTagNameNS(XHTML, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            assertThat(link.getAttribute("rel")).isEqualTo("alternate");
            alternates.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
        }
        assertThat(alternates)
                .containsExactlyInAnyOrderElementsOf(english.alternates().stream()
                        .map(a -> a.languageTag() + " http://localhost:" + port + a.path())
                        .toList())
                .hasSize(4);
    }

    private byte[] sitemap() {
        HttpResponse<byte[]> response = site.bytes("GET", "/sitemap.xml", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Document document(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element urlOf(Document sitemap, String location) {
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            if (url.getElementsByTagNameNS(SITEMAP, "loc")
                    .item(0)
                    .getTextContent()
                    .equals(location)) {
                return url;
            }
        }
        throw new AssertionError("no <url> for " + location);
    }
}
