package io.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.publishing.ArticleWithdrawn;
import io.tribune.publishing.TestArticles;
import io.tribune.support.TribuneNode;
import io.tribune.support.TribuneNodes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Tribunes on one PostgreSQL database, each with its own embedded index, as two nodes behind a
 * load balancer: an article published on one is found on the other, and gone from both once it is
 * withdrawn. The slow fallback reading is set to an hour, so only the notification can make it quick.
 * Skipped where PostgreSQL is not running (CI starts it).
 */
class SearchNodesTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @Test
    void anArticlePublishedOrWithdrawnOnOneNodeIsFoundOrGoneOnTheOther() throws Exception {
        try (TribuneNodes nodes = TribuneNodes.onFreshSchema()) {
            TribuneNode first = nodes.start(node("first"));
            TribuneNode second = nodes.start(node("second"));
            String path = new TestArticles(first.context())
                    .publish("en", "okapi-sighted", "Okapi sighted at the harbour", "Dockers saw an okapi at dawn.");

            awaitSearch(second, "okapi", body -> body.contains("href=\"" + path + "\""));
            assertThat(search(first, "okapi")).contains("href=\"" + path + "\"");

            JdbcClient jdbc = first.bean(JdbcClient.class);
            long id = jdbc.sql("select id from article where slug = 'okapi-sighted'")
                    .query(Long.class)
                    .single();
            first.bean(TransactionTemplate.class).executeWithoutResult(status -> {
                jdbc.sql("update article set state = 'WITHDRAWN', published_at = null where id = ?")
                        .param(id)
                        .update();
                first.context().publishEvent(new ArticleWithdrawn(id, "en"));
            });

            awaitSearch(second, "okapi", body -> !body.contains("href=\"" + path + "\""));
            assertThat(search(first, "okapi")).doesNotContain("href=\"" + path + "\"");
        }
    }

    @Test
    void aNodeStartedAfterAPublicationCatchesUpFromTheLog() throws Exception {
        try (TribuneNodes nodes = TribuneNodes.onFreshSchema()) {
            TribuneNode first = nodes.start(node("first"));
            try (TribuneNode second = nodes.start(node("second"))) {
                assertThat(second.bean(SearchIndex.class).size("en")).isPositive();
            }
            String path = new TestArticles(first.context())
                    .publish("en", "tapir-sighted", "Tapir sighted at the harbour", "Dockers saw a tapir at dawn.");
            // the second node's index is there and holds as many articles as it did: no rebuild at start
            Map<String, String> withoutRebuild = new HashMap<>(node("second"));
            withoutRebuild.put("tribune.search.is-rebuilt-when-missing", "false");
            try (TribuneNode second = nodes.start(withoutRebuild)) {
                awaitSearch(second, "tapir", body -> body.contains("href=\"" + path + "\""));
            }
        }
    }

    private Map<String, String> node(String name) {
        return Map.of(
                "tribune.search.root", folder.resolve(name).toString(), "tribune.search.catch-up-interval", "PT1H");
    }

    private static void awaitSearch(TribuneNode node, String words, Predicate<String> expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String body = search(node, words);
        while (!expected.test(body) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            body = search(node, words);
        }
        assertThat(body).matches(expected);
    }

    private static String search(TribuneNode node, String words) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/en/search?q=" + words))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
