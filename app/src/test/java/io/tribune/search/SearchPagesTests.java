package io.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import io.tribune.publishing.ArticleWithdrawn;
import io.tribune.publishing.TestArticles;
import io.tribune.publishing.ViewCounter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@TribuneTest
class SearchPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ViewCounter views;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "es", "ar"})
    void everyEditionFindsItsArticlesByAWordOfTheirHeadline(String edition) {
        Map<String, Object> article = jdbc.sql(
                        "select a.title, s.slug, a.slug as article from article a"
                                + " join section s on s.id = a.section_id where a.edition = ? order by a.id fetch first 1 rows only")
                .param(edition)
                .query()
                .singleRow();
        String word = longestWord((String) article.get("title"));

        HttpResponse<String> found = search(edition, "q=" + encode(word));

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body())
                .contains("<html lang=\"" + edition + "\"")
                .contains("href=\"/" + edition + "/" + article.get("slug") + "/" + article.get("article") + "\"")
                .contains("<mark>");
    }

    @Test
    void anArticleIsFoundOnceItIsPublishedAndNoLongerOnceItIsWithdrawn() {
        String path = new TestArticles(context)
                .publish("en", "zebra-crossings", "Zebra crossings repainted", "The council repainted every crossing.");
        assertThat(search("en", "q=zebra").body()).contains("href=\"" + path + "\"");

        long id = jdbc.sql("select id from article where slug = 'zebra-crossings'")
                .query(Long.class)
                .single();
        transactions.executeWithoutResult(status -> events.publishEvent(new ArticleWithdrawn(id, "en")));

        assertThat(search("en", "q=zebra").body()).doesNotContain("href=\"" + path + "\"");
    }

    @Test
    void everyPageCarriesTheSearchBoxOfItsEdition() {
        assertThat(site.get("/ru/").body()).contains("action=\"/ru/search\"").contains("name=\"q\"");
        assertThat(site.get("/es/news").body()).contains("action=\"/es/search\"");
    }

    @Test
    void theSearchPageWithoutAQueryShowsTheForm() {
        HttpResponse<String> page = search("en", "");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"search-q\"").doesNotContain("role=\"alert\"");
    }

    @Test
    void aMisspeltQuerySuggestsTheWordsTheArticlesUse() {
        String title = jdbc.sql("select title from article where edition = 'en' order by id fetch first 1 rows only")
                .query(String.class)
                .single();
        String word = longestWord(title).toLowerCase();
        String misspelt = word.substring(0, 2) + (word.charAt(2) == 'x' ? 'q' : 'x') + word.substring(3);

        assertThat(search("en", "q=" + encode(misspelt)).body())
                .contains("Did you mean")
                .contains(">" + word + "</a>");
    }

    /** A query the reader could not have meant as syntax is still searched, and answered as a page. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "%22port+%28strike",
                "title%3Afoo+AND",
                "%28%28%28%28+OR",
                "port%5E3+strike%7E2",
                "%27+OR+1%3D1%3B+DROP+TABLE+article%3B+--",
                "%22%3E%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E"
            })
    void lucenesSyntaxErrorsAndSqlLookingTextAreSearchedAsWords(String query) {
        HttpResponse<String> page = search("en", "q=" + query);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"").doesNotContain("<img src=x");
    }

    @Test
    void markupInTheQueryComesBackEscaped() {
        HttpResponse<String> page = search("en", "q=" + encode("<script>alert(1)</script>"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ru | q=*** | Введите хотя бы одно слово",
                "es | q=*+%3F+*%3F | Escriba al menos una palabra",
                "en | q=%5C | Type at least one word",
                "ar | q=port&from=2026-13-45 | اكتب التاريخ بصيغة",
                "en | q=port&from=yesterday | Write dates as year-month-day",
                "en | q=port&to=99999-01-01 | Write dates as year-month-day",
                "ru | q=port&from=2026-06-14&to=2026-06-01 | Первая дата позже второй",
                "en | q=port&section=no-such-section | This edition has no such section",
                "en | q=port&section=../../etc | This edition has no such section",
                "en | q=port&tag=%3Cb%3E | This edition has no such tag",
                "es | q=port&page=abc | No existe esa página",
                "en | q=port&page=0 | There is no such page",
                "en | q=port&page=101 | There is no such page"
            })
    void badInputIsAnsweredWithALocalisedMessageOnTheSearchPage(String edition, String query, String message) {
        HttpResponse<String> page = search(edition, query);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"" + edition + "\"").contains(message);
    }

    /** Tomcat refuses a parameter that is not UTF-8; the reader gets the edition's page for a bad request. */
    @ParameterizedTest
    @ValueSource(strings = {"q=%FF%FE%C3", "q=%ED%A0%80", "q=port&from=%C0%AF"})
    void malformedUnicodeIsABadRequestInTheEditionsLanguage(String query) {
        HttpResponse<String> page = search("es", query);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"es\"").doesNotContain("Exception");
    }

    @Test
    void aTenKilobyteQueryIsRefusedWithALocalisedMessage() {
        HttpResponse<String> page = search("ru", "q=" + "%D0%B0".repeat(800) + "+" + "x".repeat(5_000));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"ru\"").contains("Запрос не распознан");
    }

    @Test
    void aQueryLongerThanASentenceIsRefusedWithTheSearchForm() {
        HttpResponse<String> page = search("ru", "q=" + "%D0%B0".repeat(301));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("Слишком длинный запрос: не более 300 знаков")
                .contains("id=\"search-q\"");
    }

    @Test
    void recommendedShowsTheMostReadRecentArticles() {
        long read = jdbc.sql("select id from article where edition = 'es' order by published_at desc"
                        + " offset 3 rows fetch first 1 rows only")
                .query(Long.class)
                .single();
        String title = jdbc.sql("select title from article where id = ?")
                .param(read)
                .query(String.class)
                .single();
        for (int i = 0; i < 50; i++) {
            views.count(read);
        }
        views.flush();

        HttpResponse<String> fragment = site.get("/es/recommended", Map.of("HX-Request", "true"));
        HttpResponse<String> page = site.get("/es/recommended");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body())
                .contains("Recomendados")
                .contains(escaped(title))
                .doesNotContain("<html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"es\"").contains(escaped(title));
    }

    @Test
    void recommendedBesideAnArticleLeavesTheArticleOut() {
        long read = jdbc.sql("select id from article where edition = 'en' order by published_at desc"
                        + " fetch first 1 rows only")
                .query(Long.class)
                .single();
        String path = jdbc.sql("select '/en/' || s.slug || '/' || a.slug from article a"
                        + " join section s on s.id = a.section_id where a.id = ?")
                .param(read)
                .query(String.class)
                .single();

        HttpResponse<String> article = site.get(path);
        HttpResponse<String> fragment = site.get("/en/recommended?article=" + read, Map.of("HX-Request", "true"));

        assertThat(article.body()).contains("hx-get=\"/en/recommended?article=" + read + "\"");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).contains("<li>").doesNotContain("href=\"" + path + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "99999999999999999999", "1%27%20OR%201%3D1"})
    void recommendedForAMalformedArticleIsABadRequest(String article) {
        HttpResponse<String> page = site.get("/en/recommended?article=" + article);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"en\"");
    }

    private HttpResponse<String> search(String edition, String query) {
        return site.get("/" + edition + "/search" + (query.isEmpty() ? "" : "?" + query));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&#34;")
                .replace("'", "&#39;")
                .replace("<", "&lt;");
    }

    private static String longestWord(String text) {
        String longest = "";
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }
}
