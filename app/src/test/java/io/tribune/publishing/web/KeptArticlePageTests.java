package io.tribune.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.TribuneTest;
import io.tribune.publishing.ArticleCard;
import io.tribune.publishing.Articles;
import io.tribune.publishing.TestArticles;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An article page answers the same whether it comes from the kept copy, before the filter chain, or
 * is rendered afresh by the controller: same status, headers and bytes, for every kind of request a
 * reader or a cache in between sends.
 */
@TribuneTest
class KeptArticlePageTests {

    /**
     * Headers that legitimately differ from one response to the next. {@code Date} is the clock at
     * the moment of answering. Nothing else is left out: an article page sets no cookie (no session,
     * no CSRF token), so a {@code Set-Cookie} on one side only is a difference worth failing on.
     */
    private static final Set<String> PER_RESPONSE = Set.of("date");

    /**
     * An article of its own, without tags: the demo articles list theirs in no fixed order, so two
     * renderings of one of them need not have the same bytes and entity tag.
     */
    private static final String SLUG = "kept-or-fresh";

    @LocalServerPort
    int port;

    @Autowired
    Articles articles;

    @Autowired
    ArticlePages pages;

    @Autowired
    ApplicationContext context;

    SiteClient site;
    ArticleCard article;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
        if (articles.article("en", SLUG).isEmpty()) {
            new TestArticles(context).publish("en", SLUG, "Kept or fresh", "The same page either way.\n\n".repeat(20));
        }
        article = articles.article("en", SLUG).orElseThrow().card();
    }

    /** What a request asks, given the article and the validators of its two representations. */
    enum Ask {
        PLAIN(f -> new Request("GET", f.path())),
        HEAD(f -> new Request("HEAD", f.path())),
        GZIP(f -> new Request("GET", f.path(), "Accept-Encoding", "gzip, deflate, br")),
        GZIP_REFUSED(f -> new Request("GET", f.path(), "Accept-Encoding", "gzip;q=0, deflate")),
        IF_NONE_MATCH(f -> new Request("GET", f.path(), "If-None-Match", f.etag())),
        IF_NONE_MATCH_OTHER(f -> new Request("GET", f.path(), "If-None-Match", "\"other\"")),
        IF_NONE_MATCH_GZIP(f -> new Request("GET", f.path(), "Accept-Encoding", "gzip", "If-None-Match", f.gzipEtag())),
        IF_MODIFIED_SINCE(f -> new Request("GET", f.path(), "If-Modified-Since", f.lastModified())),
        IF_MODIFIED_SINCE_GZIP(
                f -> new Request("GET", f.path(), "Accept-Encoding", "gzip", "If-Modified-Since", f.lastModified())),
        IF_MATCH_OTHER(f -> new Request("GET", f.path(), "If-Match", "\"other\"")),
        IF_UNMODIFIED_SINCE_EARLIER(
                f -> new Request("GET", f.path(), "If-Unmodified-Since", "Sat, 01 Jan 2000 00:00:00 GMT")),
        ESCAPED_PATH(f -> new Request("GET", f.path().replace("o", "%6F"))),
        WRONG_SECTION(f -> new Request("GET", f.wrongSectionPath())),
        WRONG_SECTION_GZIP(f -> new Request("GET", f.wrongSectionPath(), "Accept-Encoding", "gzip")),
        UNKNOWN_ARTICLE(f -> new Request("GET", "/en/world/no-such-article-kept-or-not"));

        private final Function<Fixture, Request> request;

        Ask(Function<Fixture, Request> request) {
            this.request = request;
        }

        Request of(Fixture fixture) {
            return request.apply(fixture);
        }
    }

    @ParameterizedTest
    @EnumSource(Ask.class)
    void keptAndFreshlyRenderedArticleAnswerAlike(Ask ask) {
        Request request = ask.of(fixture());

        pages.forget();
        assertThat(pages.kept(article.edition(), article.slug()))
                .as("kept before the fresh request")
                .isEmpty();
        Answer fresh = site(request);
        site.get(article.path());
        assertThat(pages.kept(article.edition(), article.slug()))
                .as("kept before the second request")
                .isPresent();
        Answer kept = site(request);

        assertThat(kept.status()).as("status").isEqualTo(fresh.status());
        assertThat(kept.headers()).as("headers").isEqualTo(fresh.headers());
        assertThat(kept.body()).as("body").isEqualTo(fresh.body());
    }

    @Test
    void conditionalRequestsAreAnsweredNotModifiedBothWays() {
        Fixture fixture = fixture();
        for (Ask ask : List.of(Ask.IF_NONE_MATCH, Ask.IF_NONE_MATCH_GZIP, Ask.IF_MODIFIED_SINCE)) {
            pages.forget();
            assertThat(site(ask.of(fixture)).status()).as("fresh " + ask).isEqualTo(304);
            assertThat(site(ask.of(fixture)).status()).as("kept " + ask).isEqualTo(304);
        }
    }

    @Test
    void gzipIsSentBothWays() {
        Request gzip = Ask.GZIP.of(fixture());
        pages.forget();
        Answer fresh = site(gzip);
        Answer kept = site(gzip);
        assertThat(fresh.headers().get("content-encoding")).as("fresh").containsExactly("gzip");
        assertThat(kept.headers().get("content-encoding")).as("kept").containsExactly("gzip");
    }

    @Test
    void nonCanonicalPathMovesAndUnknownArticleIsNotFoundBothWays() {
        Fixture fixture = fixture();
        pages.forget();
        Answer fresh = site(Ask.WRONG_SECTION.of(fixture));
        site.get(article.path());
        Answer kept = site(Ask.WRONG_SECTION.of(fixture));
        assertThat(List.of(fresh.status(), kept.status())).containsExactly(301, 301);
        assertThat(kept.headers().get("location")).containsExactly(article.path());

        pages.forget();
        fresh = site(Ask.UNKNOWN_ARTICLE.of(fixture));
        kept = site(Ask.UNKNOWN_ARTICLE.of(fixture));
        assertThat(List.of(fresh.status(), kept.status())).containsExactly(404, 404);
    }

    /** The validators as the kept copy states them: each representation has its own entity tag. */
    private Fixture fixture() {
        site.get(article.path());
        Answer plain = site(new Request("GET", article.path()));
        Answer gzip = site(new Request("GET", article.path(), "Accept-Encoding", "gzip"));
        String wrongSection = article.section().slug().equals("world") ? "sport" : "world";
        return new Fixture(
                article.path(),
                "/" + article.edition() + "/" + wrongSection + "/" + article.slug(),
                plain.headers().get("etag").getFirst(),
                gzip.headers().get("etag").getFirst(),
                plain.headers().get("last-modified").getFirst());
    }

    private Answer site(Request request) {
        HttpResponse<byte[]> response = site.bytes(request.method(), request.path(), request.headers());
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!PER_RESPONSE.contains(lower)) {
                headers.put(lower, values);
            }
        });
        return new Answer(response.statusCode(), headers, response.body());
    }

    record Fixture(String path, String wrongSectionPath, String etag, String gzipEtag, String lastModified) {}

    record Request(String method, String path, Map<String, String> headers) {
        Request(String method, String path, String... nameValues) {
            this(method, path, pairs(nameValues));
        }

        private static Map<String, String> pairs(String... nameValues) {
            Map<String, String> headers = new HashMap<>();
            for (int i = 0; i < nameValues.length; i += 2) {
                headers.put(nameValues[i], nameValues[i + 1]);
            }
            return headers;
        }
    }

    record Answer(int status, Map<String, List<String>> headers, byte[] body) {
        @Override
        public String toString() {
            return status + " " + headers + " " + body.length + " bytes";
        }
    }
}
