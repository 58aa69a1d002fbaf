package io.tribune.publishing;

import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.support.Browser;
import io.tribune.support.Staff;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The running site with the demo articles, shared by the newsroom's web tests. Editors and readers are
 * made straight in the tables; each test makes its own and writes its own articles, so tests need no
 * clean-up between them. The scheduled job is left to the tests, which run it by hand.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:newsroom-web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.media.root=target/test-media-newsroom",
            "tribune.views.flush-interval=PT1H",
            "tribune.newsroom.schedule-poll=PT1H",
            "tribune.base-url=http://news.tribune.test"
        })
@Import(NewsroomWebTest.Announcements.class)
abstract class NewsroomWebTest {

    /** The publishing events committed while the tests run, from every thread. */
    @TestConfiguration
    static class Announcements {

        final List<Object> seen = new CopyOnWriteArrayList<>();

        @TransactionalEventListener(fallbackExecution = true)
        void published(ArticlePublished event) {
            seen.add(event);
        }

        @TransactionalEventListener(fallbackExecution = true)
        void withdrawn(ArticleWithdrawn event) {
            seen.add(event);
        }

        /** The events about one article, in order. */
        List<Object> about(long article) {
            return seen.stream()
                    .filter(e -> e instanceof ArticlePublished p
                            ? p.article() == article
                            : ((ArticleWithdrawn) e).article() == article)
                    .toList();
        }
    }

    @Autowired
    Announcements announcements;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9]+)\"");
    private static final String BOUNDARY = "----NewsroomTestBoundary3kq9";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyPolicy policy;

    @Autowired
    PasswordEncoder passwords;

    Staff staff;

    @BeforeEach
    void staff() {
        staff = new Staff(jdbc, passwords, policy.version(), port);
        jdbc.sql("delete from request_quota").update();
        jdbc.sql("delete from login_attempt").update();
    }

    Browser editor(String edition) {
        return staff.signedIn(staff.withRole("Editor " + edition, "EDITOR", edition));
    }

    /** A complete article's fields; the caller overrides what it tests. */
    static Map<String, String> article(String headline) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", headline);
        fields.put("lead", "What happened, in one sentence.");
        fields.put("body", "First paragraph with **bold** words.\n\nSecond paragraph.");
        fields.put("section", "world");
        fields.put("tags", "Harbour news, Weather");
        fields.put("bylines", "Ana Reporter, Ben Writer");
        fields.put("zone", "Europe/Moscow");
        fields.put("version", "0");
        fields.put("action", "save");
        return fields;
    }

    /** Saves a new article through the form and answers its id. */
    long create(Browser editor, String edition, Map<String, String> fields) {
        String form = editor.get("/" + edition + "/newsroom/articles/new").body();
        HttpResponse<String> saved = editor.post("/" + edition + "/newsroom/articles", form, fields);
        if (saved.statusCode() != 303) {
            throw new AssertionError("not saved: " + saved.statusCode() + "\n" + saved.body());
        }
        String location = saved.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/articles/([0-9]+).*", "$1"));
    }

    /** Posts the article's form as it is now, with some fields changed. */
    HttpResponse<String> act(Browser editor, String edition, long id, Map<String, String> changes) {
        String form = editor.get("/" + edition + "/newsroom/articles/" + id).body();
        Map<String, String> fields = new LinkedHashMap<>(article(""));
        fields.putAll(current(form));
        fields.putAll(changes);
        return editor.post("/" + edition + "/newsroom/articles/" + id, form, fields);
    }

    /** The version a form names. */
    static String version(String form) {
        Matcher m = VERSION.matcher(form);
        if (!m.find()) {
            throw new AssertionError("no version on the form");
        }
        return m.group(1);
    }

    /** The fields as the form shows them now. */
    private static Map<String, String> current(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", version(form));
        for (String name :
                new String[] {"headline", "slug", "story", "tags", "bylines", "related", "imageId", "zone"}) {
            Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"")
                    .matcher(form);
            if (m.find()) {
                fields.put(name, unescape(m.group(1)));
            }
        }
        for (String name : new String[] {"lead", "body", "corrections"}) {
            Matcher m = Pattern.compile("(?s)<textarea[^>]*name=\"" + name + "\"[^>]*>(.*?)</textarea>")
                    .matcher(form);
            if (m.find()) {
                fields.put(name, unescape(m.group(1)));
            }
        }
        Matcher section =
                Pattern.compile("<option value=\"([a-z0-9-]+)\" selected>").matcher(form);
        if (section.find()) {
            fields.put("section", section.group(1));
        }
        if (form.contains("name=\"breaking\" checked")) {
            fields.put("breaking", "on");
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&#34;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Sends a multipart form as a browser does, with the CSRF token of the page. */
    HttpResponse<String> multipart(
            Browser browser,
            String path,
            String page,
            Map<String, String> fields,
            String fileField,
            String fileName,
            byte[] file) {
        Matcher csrf = CSRF.matcher(page);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        if (csrf.find()) {
            all.put("_csrf", csrf.group(1));
        }
        all.putAll(fields);
        all.forEach((name, value) -> body.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                browser,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build());
    }

    /** Posts a form as htmx does: with the CSRF token of the page and the header that asks for a fragment. */
    HttpResponse<String> htmxPost(Browser browser, String path, String page, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        Matcher csrf = CSRF.matcher(page);
        if (csrf.find()) {
            all.put("_csrf", csrf.group(1));
        }
        return send(
                browser,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("HX-Request", "true")
                        .POST(HttpRequest.BodyPublishers.ofString(Browser.encode(all)))
                        .build());
    }

    private static HttpResponse<String> send(Browser browser, HttpRequest request) {
        try (HttpClient http = HttpClient.newBuilder()
                .cookieHandler(browser.cookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The slug of the edition's first section. */
    String firstSection(String edition) {
        return jdbc.sql("select slug from section where edition = :edition order by position limit 1")
                .param("edition", edition)
                .query(String.class)
                .single();
    }

    /** Publishes a new article in the edition's first section through the form and answers its id. */
    long published(Browser editor, String edition, String headline) {
        Map<String, String> fields = article(headline);
        fields.put("action", "publish");
        fields.put("section", firstSection(edition));
        return create(editor, edition, fields);
    }

    /** The story key that links the article with its translations, or null. */
    String story(long id) {
        return jdbc.sql("select story_key from article where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    String state(long id) {
        return jdbc.sql("select state from article where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    String path(long id) {
        return jdbc.sql("select '/' || a.edition || '/' || s.slug || '/' || a.slug from article a"
                        + " join section s on s.id = a.section_id where a.id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
