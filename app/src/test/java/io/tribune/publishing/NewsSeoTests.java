package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Google News reads: the NewsArticle document (dates with their UTC offset, images at least 1200
 * pixels wide), large image previews allowed on every page, the news sitemap, and feed item ids that
 * stay the same when an article is updated.
 */
@TribuneTest
class NewsSeoTests {

    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern OFFSET_DATE =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Articles articles;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "es", "ar"})
    void newsArticleDatesCarryTheEditionsOffsetAndImagesAreAtLeast1200PixelsWide(String edition) {
        ArticleCard top = articles.frontPage(edition).topStory();
        ArticleView article = articles.article(edition, top.slug()).orElseThrow();
        ZoneId zone = ZoneId.of(jdbc.sql("select time_zone from edition where code = ?")
                .param(edition)
                .query(String.class)
                .single());

        JsonNode doc = jsonLd(new SiteClient(port).get(top.path()).body());

        assertThat(doc.get("@type").asString()).isEqualTo("NewsArticle");
        for (String field : List.of("datePublished", "dateModified")) {
            String date = doc.get(field).asString();
            assertThat(date).matches(OFFSET_DATE);
            OffsetDateTime parsed = OffsetDateTime.parse(date);
            Instant expected = field.equals("datePublished") ? top.publishedAt() : article.modifiedAt();
            assertThat(parsed.toInstant()).isEqualTo(expected.truncatedTo(ChronoUnit.SECONDS));
            assertThat(parsed.getOffset()).isEqualTo(zone.getRules().getOffset(expected));
        }
        assertThat(top.image()).isNotNull();
        List<String> images = new ArrayList<>();
        doc.get("image").forEach(image -> images.add(image.asString()));
        assertThat(images).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("http"));
        for (String url : images) {
            Matcher width = Pattern.compile("/(\\d+)\\.jpg$").matcher(url);
            assertThat(width.find()).as(url).isTrue();
            assertThat(Integer.parseInt(width.group(1))).as(url).isGreaterThanOrEqualTo(1200);
        }
    }

    @Test
    void everyPublicPageAllowsLargeImagePreviewsOnce() {
        SiteClient site = new SiteClient(port);
        ArticleCard top = articles.frontPage("en").topStory();

        for (String path : List.of("/en/", "/en/news", "/en/world/", "/en/multimedia", top.path())) {
            String html = site.get(path).body();
            assertThat(html.split("content=\"max-image-preview:large\"", -1))
                    .as(path)
                    .hasSize(2);
        }
    }

    @Test
    void theNewsSitemapListsTheLastTwoDaysWithOffsetDatesAndNothingOlderOrScheduled() throws Exception {
        String old = new TestArticles(context).publish("en", "news-sitemap-old", "An old story", "Text.");
        String scheduled = new TestArticles(context).publish("en", "news-sitemap-later", "A later story", "Text.");
        jdbc.sql("update article set published_at = :at where slug = 'news-sitemap-later'")
                .param("at", Timestamp.from(Instant.now().plus(3, ChronoUnit.HOURS)))
                .update();
        long recentInDatabase = jdbc.sql(
                        "select count(*) from article where published_at > :since" + " and published_at <= :now")
                .param("since", Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)))
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();

        String xml = new SiteClient(port).get("/news-sitemap.xml").body();

        Document sitemap = parse(xml);
        NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        assertThat(urls.getLength()).isPositive().isLessThanOrEqualTo(1000).isEqualTo((int) recentInDatabase);
        assertThat(xml).doesNotContain(old).doesNotContain(scheduled);
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String date =
                    url.getElementsByTagNameNS(NEWS, "publication_date").item(0).getTextContent();
            assertThat(date).matches(OFFSET_DATE);
            assertThat(OffsetDateTime.parse(date).toInstant())
                    .isAfter(Instant.now().minus(2, ChronoUnit.DAYS));
            assertThat(url.getElementsByTagNameNS(NEWS, "language").item(0).getTextContent())
                    .matches("[a-z]{2}");
        }
        assertThat(new SiteClient(port).get("/news-sitemap-1.xml").statusCode()).isEqualTo(200);
        assertThat(new SiteClient(port).get("/news-sitemap-2.xml").statusCode()).isEqualTo(404);
        assertThat(new SiteClient(port).get("/news-sitemap-0.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void aFeedItemKeepsItsIdWhenTheArticleIsUpdated() {
        new TestArticles(context).publish("es", "feed-id-stable", "Primera versión", "Texto.");
        jdbc.sql("update article set published_at = :now, modified_at = :now where slug = 'feed-id-stable'")
                .param("now", Timestamp.from(Instant.now().minusSeconds(60)))
                .update();
        String before = guidOf(new SiteClient(port).get("/es/rss.xml").body(), "Primera versión");

        jdbc.sql("update article set title = 'Segunda versión', slug = 'feed-id-stable-2', modified_at = :now"
                        + " where slug = 'feed-id-stable'")
                .param("now", Timestamp.from(Instant.now()))
                .update();
        String feed = new SiteClient(port).get("/es/rss.xml").body();

        assertThat(guidOf(feed, "Segunda versión")).isEqualTo(before);
        assertThat(feed.split(Pattern.quote(before), -1)).hasSize(2);
    }

    private static String guidOf(String feed, String title) {
        Matcher item = Pattern.compile(
                        "<item>\\s*<title>" + Pattern.quote(title)
                                + "</title>.*?<guid isPermaLink=\"false\">([^<]+)</guid>",
                        Pattern.DOTALL)
                .matcher(feed);
        assertThat(item.find()).as("an item titled " + title).isTrue();
        return item.group(1);
    }

    private static JsonNode jsonLd(String html) {
        Matcher script = JSON_LD.matcher(html);
        assertThat(script.find()).as("a JSON-LD script").isTrue();
        return JsonMapper.builder().build().readTree(script.group(1));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
