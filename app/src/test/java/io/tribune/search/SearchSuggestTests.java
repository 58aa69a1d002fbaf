package io.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import io.tribune.publishing.TestArticles;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Type-ahead: {@code /{edition}/search/suggest?q=} answers headlines with the words typed so far. */
@TribuneTest
class SearchSuggestTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void theHeadlinesWithTheWordsTypedSoFarAreSuggestedTheLastOneBegun() {
        String path = new TestArticles(context)
                .publish("en", "quokka-census", "Quokka census counts record numbers", "Rangers counted quokkas.");

        JsonNode answer = suggest("en", "quokka cen");

        assertThat(answer.get("suggestions").size()).isBetween(1, 8);
        assertThat(answer.get("suggestions").get(0).get("headline").asString())
                .isEqualTo("Quokka census counts record numbers");
        assertThat(answer.get("suggestions").get(0).get("url").asString()).isEqualTo(path);
        assertThat(suggest("en", "quokka zebra").get("suggestions").size()).isZero();
        assertThat(suggest("ru", "quokka cen").get("suggestions").size()).isZero();
    }

    @Test
    void aBegunWordIsCompletedInTheEditionsLanguage() {
        new TestArticles(context)
                .publish("ru", "vybory-mera", "Выборы мэра назначены на осень", "Горсовет назначил выборы.");

        assertThat(suggest("ru", "выбо").get("suggestions").toString()).contains("Выборы мэра назначены на осень");
        assertThat(suggest("ru", "назначены выб").get("suggestions").toString())
                .contains("Выборы мэра назначены на осень");
    }

    @Test
    void atMostEightAreSuggested() {
        TestArticles articles = new TestArticles(context);
        for (int i = 0; i < 12; i++) {
            articles.publish("es", "wombat-" + i, "Wombat número " + i, "Un wombat.");
        }

        assertThat(suggest("es", "womb").get("suggestions").size()).isEqualTo(8);
    }

    @Test
    void markupInAHeadlineComesBackEscapedInsideTheJson() {
        new TestArticles(context).publish("en", "xylophone-tags", "Xylophone <b>bold</b> & 'quoted'", "A body.");

        HttpResponse<String> answer = site.get("/en/search/suggest?q=xyloph");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(answer.body()).doesNotContain("<b>").doesNotContain("&").contains("\\u003cb\\u003e");
        assertThat(json(answer.body()).get("suggestions").get(0).get("headline").asString())
                .isEqualTo("Xylophone <b>bold</b> & 'quoted'");
    }

    /** Nothing to look for: an empty list, never an error page. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "*",
                "***+%3F%3F",
                "a",
                "title%3A*",
                "%22port+%28strike",
                "%28%28%28%28+OR",
                "port%5E3+strike%7E2",
                "%27+OR+1%3D1%3B+DROP+TABLE+article%3B+--",
                "%00%01%1B%7F",
                "%EF%BF%BD%EF%BF%BD",
                "%22%3E%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E"
            })
    void hostileTextIsAnsweredWithAListNeverAnError(String query) {
        HttpResponse<String> answer = site.get("/en/search/suggest?q=" + query);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer.body()).get("suggestions").isArray()).isTrue();
        assertThat(answer.body()).doesNotContain("<img");
    }

    @Test
    void textLongerThanASearchIsA400WithAMessageInTheEditionsLanguage() {
        HttpResponse<String> answer = site.get("/ar/search/suggest?q=" + "%D8%A8".repeat(301));

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode json = json(answer.body());
        assertThat(json.get("suggestions").size()).isZero();
        assertThat(json.get("error").asString()).contains("طلب البحث طويل جدًا");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%ED%A0%80", "q=%FF%FE%C3", "q=a%ED%B0%80b"})
    void malformedUnicodeAndLoneSurrogatesAreA400(String query) {
        HttpResponse<String> answer = site.get("/es/search/suggest?" + query);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception");
    }

    @Test
    void aTenKilobyteQueryIsA400() {
        HttpResponse<String> answer = site.get("/en/search/suggest?q=" + "x".repeat(10_240));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception");
    }

    @Test
    void anUnknownEditionIsNotFound() {
        assertThat(site.get("/xx/search/suggest?q=port").statusCode()).isEqualTo(404);
    }

    private JsonNode suggest(String edition, String typed) {
        HttpResponse<String> answer =
                site.get("/" + edition + "/search/suggest?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer.body());
    }

    private static JsonNode json(String body) {
        return new ObjectMapper().readTree(body);
    }
}
