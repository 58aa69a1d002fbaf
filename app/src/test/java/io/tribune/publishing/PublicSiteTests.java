package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

@TribuneTest
class PublicSiteTests {

    private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"(/(en|ru|es|ar)/[a-z0-9-]+/[a-z0-9-]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ViewCounter views;

    @Autowired
    Articles articles;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void rootSendsReadersToTheEditionOfTheirLanguage() {
        assertThat(site.get("/", Map.of("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5"))
                        .headers()
                        .firstValue("Location"))
                .hasValue("/ru/");
        assertThat(site.get("/", Map.of("Accept-Language", "de-DE")).headers().firstValue("Location"))
                .hasValue("/en/");
        assertThat(site.get("/").headers().firstValue("Location")).hasValue("/en/");
        assertThat(site.get("/", Map.of("Accept-Language", "ar;q=0.8,,;;===")).statusCode())
                .isEqualTo(302);
    }

    /** The layout's links to the account pages come from the accounts module, in the page's edition. */
    @Test
    void everyPageLinksToTheAccountPagesOfItsEdition() {
        assertThat(site.get("/ru/").body())
                .contains("hx-get=\"/ru/account/bar\"")
                .contains("href=\"/ru/account/login\"")
                .contains("href=\"/ru/account/register\"")
                .contains("href=\"/ru/privacy\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "es", "ar"})
    void everyEditionServesItsPagesInItsOwnLanguage(String edition) {
        HttpResponse<String> front = site.get("/" + edition + "/");
        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.body()).contains("<html lang=\"" + edition + "\"");
        assertThat(front.body()).contains(edition.equals("ar") ? "dir=\"rtl\"" : "dir=\"ltr\"");
        assertThat(site.get("/" + edition + "/news").statusCode()).isEqualTo(200);
        assertThat(site.get("/" + edition + "/world/").statusCode()).isEqualTo(200);
        assertThat(site.get("/" + edition + "/rss.xml").statusCode()).isEqualTo(200);
        String article = firstArticle(front.body());
        assertThat(article).startsWith("/" + edition + "/");
        assertThat(site.get(article).statusCode()).isEqualTo(200);
    }

    @Test
    void articlePageCarriesSearchAndSocialMarkup() {
        String path = firstArticle(site.get("/en/").body());
        String html = site.get(path).body();
        assertThat(html).contains("<link rel=\"canonical\" href=\"http://localhost:" + port + path + "\">");
        assertThat(html).contains("\"@type\":\"NewsArticle\"");
        assertThat(html).contains("<meta property=\"og:title\"", "<meta property=\"og:image\"");
        assertThat(html).contains("<meta name=\"twitter:card\" content=\"summary_large_image\">");
        assertThat(html).contains("max-image-preview:large");
        assertThat(html).contains("/s/");
        assertThat(html).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} GMT");
    }

    @Test
    void storiesInSeveralEditionsLinkTheirTranslations() {
        ArticleView view = articles.article("en", "port-workers-extend-strike").orElseThrow();
        String html = site.get(view.card().path()).body();
        assertThat(html).contains("hreflang=\"ru\"", "hreflang=\"es\"", "hreflang=\"ar\"", "hreflang=\"en\"");
    }

    @Test
    void articlePageIsCacheableAndAnswersConditionalRequests() {
        String path = firstArticle(site.get("/en/").body());
        HttpResponse<String> first = site.get(path);
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "s-maxage");
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(site.get(path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(site.get(path, Map.of("If-Modified-Since", modified)).statusCode())
                .isEqualTo(304);
        assertThat(site.get(path, Map.of("If-None-Match", "\"other\"")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void keptArticlePageIsServedWithTheSameBytesAndHeadersAsARenderedOne() {
        ArticleView view = articles.article(
                        "ar",
                        articles.latest("ar", null, null, 2, 1)
                                .articles()
                                .getFirst()
                                .slug())
                .orElseThrow();
        HttpResponse<String> rendered = site.get(view.card().path());
        HttpResponse<String> kept = site.get(view.card().path());
        HttpResponse<String> front = site.get("/ar/");
        assertThat(kept.body()).isEqualTo(rendered.body());
        for (String header : new String[] {"ETag", "Last-Modified", "Cache-Control", "Content-Type"}) {
            assertThat(kept.headers().firstValue(header))
                    .as(header)
                    .isEqualTo(rendered.headers().firstValue(header));
        }
        for (String header :
                new String[] {"Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"
                }) {
            assertThat(kept.headers().firstValue(header))
                    .as(header)
                    .isPresent()
                    .isEqualTo(front.headers().firstValue(header));
        }
        assertThat(site.get(
                                view.card().path(),
                                Map.of(
                                        "If-None-Match",
                                        "\"a\", "
                                                + kept.headers()
                                                        .firstValue("ETag")
                                                        .orElseThrow()))
                        .statusCode())
                .isEqualTo(304);
    }

    @Test
    void siteWithAnHttpAddressSendsNoStrictTransportSecurity() {
        String path =
                articles.latest("es", null, null, 1, 1).articles().getFirst().path();
        for (String page : new String[] {"/es/", path, path, "/es/world/no-such-article"}) {
            assertThat(site.get(page).headers().firstValue("Strict-Transport-Security"))
                    .as(page)
                    .isEmpty();
        }
    }

    @Test
    void keptArticlePageIsSentCompressedToReadersWhoAcceptGzip() throws IOException {
        String path =
                articles.latest("ru", null, null, 1, 1).articles().getFirst().path();
        HttpResponse<byte[]> plain = site.bytes("GET", path, Map.of());
        HttpResponse<byte[]> zipped = site.bytes("GET", path, Map.of("Accept-Encoding", "br;q=1, gzip;q=0.8"));
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        assertThat(site.bytes("GET", path, Map.of("Accept-Encoding", "gzip", "If-None-Match", zippedTag))
                        .statusCode())
                .isEqualTo(304);
        assertThat(site.bytes("GET", path, Map.of("Accept-Encoding", "gzip;q=0"))
                        .headers()
                        .firstValue("Content-Encoding"))
                .isEmpty();

        HttpResponse<byte[]> head = site.bytes("HEAD", path, Map.of());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(plain.body().length);
    }

    @Test
    void viewsAreCountedOutsideThePageAndWrittenInBatches() {
        ArticleView view = articles.article(
                        "es",
                        articles.latest("es", null, null, 1, 1)
                                .articles()
                                .getFirst()
                                .slug())
                .orElseThrow();
        // views that earlier tests sharing this context left in memory are written first, not counted here
        views.flush();
        long before =
                articles.article("es", view.card().slug()).orElseThrow().card().viewCount();
        assertThat(site.get("/api/views/" + view.id() + ".gif").headers().firstValue("Cache-Control"))
                .hasValue("no-store");
        site.get("/api/views/" + view.id() + ".gif");
        views.flush();
        long after =
                articles.article("es", view.card().slug()).orElseThrow().card().viewCount();
        assertThat(after).isEqualTo(before + 2);
    }

    @Test
    void shortUrlRedirectsPermanentlyToTheArticle() {
        ArticleView view = articles.article(
                        "ru",
                        articles.latest("ru", null, null, 1, 1)
                                .articles()
                                .getFirst()
                                .slug())
                .orElseThrow();
        HttpResponse<String> response = site.get(view.shortPath());
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(view.card().path());
    }

    @Test
    void articleUnderTheWrongSectionMovesToItsAddress() {
        ArticleView view = articles.article("en", "port-workers-extend-strike").orElseThrow();
        HttpResponse<String> response = site.get("/en/sport/port-workers-extend-strike");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(view.card().path());
    }

    @Test
    void allNewsPagesAndFilters() {
        String page2 = site.get("/en/news?page=2").body();
        assertThat(page2).contains("rel=\"prev\"");
        HttpResponse<String> filtered = site.get("/en/news?section=sport");
        assertThat(filtered.statusCode()).isEqualTo(200);
        String list = filtered.body().substring(filtered.body().indexOf("<div class=\"list\">"));
        assertThat(list).contains("href=\"/en/sport/").doesNotContain("href=\"/en/europe/");
        String tagPath = Pattern.compile("href=\"(/en/tags/[a-z0-9-]+)\"")
                .matcher(site.get(firstArticle(site.get("/en/").body())).body())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        assertThat(site.get(tagPath).statusCode()).isEqualTo(200);
        assertThat(site.get("/en/news?tag=" + tagPath.substring("/en/tags/".length()))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void feedsAndSitemapsAreWellFormedXml() throws Exception {
        for (String path : new String[] {"/en/rss.xml", "/ar/world/rss.xml", "/sitemap.xml", "/news-sitemap.xml"}) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document xml = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(xml.getDocumentElement()).isNotNull();
        }
        assertThat(site.get("/en/rss.xml").body()).contains("<guid isPermaLink=\"false\">tribune:article:");
        assertThat(site.get("/sitemap.xml").body()).contains("<loc>http://localhost:" + port + "/ar/");
        assertThat(site.get("/robots.txt").body()).contains("Sitemap:");
    }

    @Test
    void imagesAreServedInSeveralWidthsAndCachedForAYear() {
        ArticleView view = articles.article("en", "port-workers-extend-strike").orElseThrow();
        HttpResponse<String> image = site.get(view.image().src(480));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(site.get("/media/" + view.image().id() + "/123.jpg").statusCode())
                .isEqualTo(404);
        assertThat(site.get("/media/999999/480.jpg").statusCode()).isEqualTo(404);
    }

    private static String firstArticle(String html) {
        Matcher m = ARTICLE_LINK.matcher(html);
        while (m.find()) {
            String path = m.group(1);
            if (!path.contains("/tags/") && !path.endsWith("/news") && !path.contains("/account/")) {
                return path;
            }
        }
        throw new AssertionError("no article link on the page");
    }
}
