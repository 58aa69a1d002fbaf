package io.tribune.discussion;

import static io.tribune.support.FormReaders.submitKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.support.Browser;
import io.tribune.support.FormReaders;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A node handling as many comments as it may answers a post or an edit that waited too long for its turn
 * "busy" (503 with Retry-After) on the discussion itself: the form still holds the text typed, with a
 * message in the edition's language to send it again, and nothing is stored or changed. One comment at
 * a time here, and a short wait: the test takes the one turn while the reader posts. A post turned away
 * costs no database connection, and every check that guards a change still answers first for a post
 * that is not a signed-in reader's with the session's form token.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:discussion-busy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "tribune.discussion.posting.at-once=1",
            "tribune.discussion.posting.max-wait=100ms",
            "spring.datasource.hikari.maximum-pool-size=3",
            "spring.datasource.hikari.connection-timeout=250"
        })
class DiscussionBusyTests {

    private static final String PASSWORD = "a busy discussion passphrase";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyPolicy policy;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    CommentPermits permits;

    @Autowired
    DataSource dataSource;

    Commenters commenters;
    long article;
    String path;

    @BeforeEach
    void anArticle() {
        commenters = new Commenters(jdbc, policy);
        article = commenters.article("en");
        path = "/en/discussion/" + article;
    }

    @Test
    void aPlainFormPostAnsweredBusyKeepsTheTextTypedAndStoresNothingAndItsFormSendsItAgain() {
        Browser reader = signedIn("Nyssa Traken", "en");
        String form = reader.get(path).body();
        assertThat(reader.post(path, form, Map.of("text", "The ferry runs late again.", "submit", submitKey(form)))
                        .statusCode())
                .isEqualTo(303);
        String page = reader.get(path).body();
        String typed = "The <b>tram</b> timetable' OR 1=1 -- needs a second look.";

        HttpResponse<String> busy =
                whileBusy(() -> reader.post(path, page, Map.of("text", typed, "submit", submitKey(page))));

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(busy.body())
                .contains("Too many comments are arriving at once right now.")
                .contains("The &lt;b&gt;tram&lt;/b&gt; timetable' OR 1=1 -- needs a second look.")
                .doesNotContain("<b>tram</b>")
                .contains("name=\"submit\"")
                .contains("action=\"" + path + "\"")
                .as("a page of its own: the discussion is not read again under a burst")
                .doesNotContain("The ferry runs late again.");
        assertThat(commentsLike("%tram%")).isZero();

        HttpResponse<String> again =
                reader.post(path, busy.body(), Map.of("text", typed, "submit", submitKey(busy.body())));

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(commentsLike("%tram%")).isOne();
    }

    @Test
    void anHtmxPostAnsweredBusyGetsTheDiscussionFragmentWithTheTextTyped() {
        Browser reader = signedIn("Tegan Jovanka", "en", Map.of("HX-Request", "true"));
        String form = reader.get(path).body();

        HttpResponse<String> busy = whileBusy(() -> reader.post(
                path, form, Map.of("text", "Кажется, мост откроют позже, чем обещали.", "submit", submitKey(form))));

        assertThat(busy.statusCode()).as("htmx swaps only successful answers").isEqualTo(200);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(busy.body())
                .doesNotContain("<html")
                .contains("Too many comments are arriving at once right now.")
                .contains("Кажется, мост откроют позже, чем обещали.");
        assertThat(commentsLike("%мост%")).isZero();
    }

    @Test
    void theBusyAnswerIsInTheEditionsLanguage() {
        String spanish = "/es/discussion/" + commenters.article("es");
        Browser reader = signedIn("Romana Gallifrey", "es");
        String form = reader.get(spanish).body();

        HttpResponse<String> busy = whileBusy(
                () -> reader.post(spanish, form, Map.of("text", "El puente abre en mayo.", "submit", submitKey(form))));

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.body())
                .contains("Ahora mismo llegan demasiados comentarios a la vez.")
                .contains("El puente abre en mayo.");
    }

    @Test
    void anEditAnsweredBusyKeepsTheNewTextAndChangesNothing() {
        Browser reader = signedIn("Leela Sevateem", "en");
        String form = reader.get(path).body();
        String location = reader.post(
                        path,
                        form,
                        Map.of("text", "The library opens on Sundays from March.", "submit", submitKey(form)))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        Matcher posted = Pattern.compile("posted=([0-9]+)").matcher(location);
        assertThat(posted.find()).as(location).isTrue();
        String page = reader.get(path).body();

        HttpResponse<String> busy = whileBusy(() -> reader.post(
                path + "/comments/" + posted.group(1) + "/edit",
                page,
                Map.of("text", "The library opens on Sundays from April.")));

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(busy.body())
                .contains("Too many comments are arriving at once right now.")
                .contains("The library opens on Sundays from April.")
                .contains("action=\"" + path + "/comments/" + posted.group(1) + "/edit\"")
                .doesNotContain("name=\"submit\"");
        assertThat(jdbc.sql("select body from comment where id = ?")
                        .param(Long.parseLong(posted.group(1)))
                        .query(String.class)
                        .single())
                .isEqualTo("The library opens on Sundays from March.");
    }

    @Test
    void aPostAnsweredBusyNeedsNoDatabaseConnection() throws Exception {
        Browser reader = signedIn("Adric Alzarius", "en");
        String form = reader.get(path).body();

        HttpResponse<String> busy;
        try (Connection one = dataSource.getConnection();
                Connection two = dataSource.getConnection();
                Connection three = dataSource.getConnection()) {
            busy = whileBusy(() -> reader.post(
                    path, form, Map.of("text", "The night bus skips the harbour.", "submit", submitKey(form))));
        }

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.body())
                .as("the form as typed: the post waited for its turn, not for a connection")
                .contains("Too many comments are arriving at once right now.")
                .contains("The night bus skips the harbour.")
                .contains("action=\"" + path + "\"");
        assertThat(commentsLike("%night bus%")).isZero();
    }

    @Test
    void aPostWithoutTheSessionsFormTokenIsRefusedAsForgedEvenWhenBusy() {
        Browser reader = signedIn("Vislor Turlough", "en");
        String form = reader.get(path).body();
        String key = submitKey(form);

        HttpResponse<String> forged = whileBusy(() -> reader.post(
                path, form, Map.of("_csrf", "a-forged-token", "text", "Forged while busy.", "submit", key)));
        HttpResponse<String> tokenless = whileBusy(
                () -> reader.postRaw(path, Browser.encode(Map.of("text", "Forged while busy.", "submit", key))));

        for (HttpResponse<String> answer : java.util.List.of(forged, tokenless)) {
            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.body()).doesNotContain("Forged while busy.");
        }
        assertThat(commentsLike("%Forged%")).isZero();
    }

    @Test
    void aVisitorPostingWhileBusyIsAskedToLogIn() {
        Browser visitor = new Browser(port);
        String withToken = visitor.get("/en/account/login").body();

        HttpResponse<String> answer = whileBusy(() ->
                visitor.post(path, withToken, Map.of("text", "Posted while signed out.", "submit", "k".repeat(24))));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue("/en/account/login");
        assertThat(commentsLike("%signed out%")).isZero();
    }

    /** The answer to a request sent while this test holds the one turn the node gives comments. */
    private HttpResponse<String> whileBusy(java.util.function.Supplier<HttpResponse<String>> request) {
        return permits.run(request);
    }

    private int commentsLike(String pattern) {
        return jdbc.sql("select count(*) from comment where body like ?")
                .param(pattern)
                .query(Integer.class)
                .single();
    }

    private Browser signedIn(String name, String edition) {
        return signedIn(name, edition, Map.of());
    }

    private Browser signedIn(String name, String edition, Map<String, String> headers) {
        AccountId id = commenters.confirmed(name);
        commenters.password(id, passwords.encode(PASSWORD));
        return new FormReaders(port).loggedIn(edition, commenters.email(id), PASSWORD, headers);
    }
}
