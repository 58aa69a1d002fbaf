package io.tribune.discussion;

import static io.tribune.support.FormReaders.submitKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.support.Browser;
import io.tribune.support.FormReaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The discussion through HTTP as a browser without JavaScript and as htmx use it: the page, posting
 * with its answer, refusals that store nothing, sign-in and CSRF. Each test's reader connects from a
 * loopback address of their own, so the per-address flood rule sees different readers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:discussion-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class DiscussionPagesTests {

    private static final String PASSWORD = "a discussion test passphrase";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyPolicy policy;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbcTemplate;

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
    void theArticlePageLoadsItsDiscussionAndLinksToItWithoutJavaScript() {
        String page = new Browser(port).get(articlePath()).body();

        assertThat(page).contains("hx-get=\"" + path + "\"").contains("<a href=\"" + path + "\">");
    }

    @Test
    void aVisitorReadsTheDiscussionAndIsAskedToLogInToPost() {
        Browser visitor = new Browser(port);

        HttpResponse<String> page = visitor.get(path);
        String withToken = visitor.get("/en/account/login").body();
        HttpResponse<String> posted =
                visitor.post(path, withToken, Map.of("text", "Hello there.", "submit", "k".repeat(24)));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/en/account/login").doesNotContain("name=\"text\"");
        assertThat(page.body()).contains("href=\"/en/standards\"");
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValue("/en/account/login");
    }

    @Test
    void aCommentPostedWithoutJavaScriptIsAnsweredOnTheDiscussionPage() {
        Browser reader = signedIn("Yasmin Khan");
        String form = reader.get(path).body();

        HttpResponse<String> posted = reader.post(
                path,
                form,
                Map.of(
                        "text",
                        "<b>Bold</b> claim: https://example.org/report is worth reading.",
                        "submit",
                        submitKey(form)));
        String location = posted.headers().firstValue("Location").orElseThrow();
        String answer = reader.get(location.replace("#outcome", "")).body();

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(location).startsWith(path + "?posted=").endsWith("#outcome");
        assertThat(answer).contains("Your comment has been published.");
        assertThat(answer)
                .contains("&lt;b&gt;Bold&lt;/b&gt; claim")
                .contains("<a href=\"https://example.org/report\" rel=\"ugc nofollow noopener noreferrer\">")
                .doesNotContain("<b>Bold</b>");
        assertThat(new Browser(port).get(path).body()).contains("&lt;b&gt;Bold&lt;/b&gt; claim");
    }

    @Test
    void aPublishedCommentsAddressIsALinkForEveryReaderAndTheMarkupAroundItStaysText() {
        Browser reader = signedIn("Farah Haddad");

        long id = postedBy(
                reader, "Sources: https://example.org/report?a=1&b=2\"><script>alert(1)</script> and <i>more</i>.");
        String answer = reader.get(path + "?posted=" + id).body();
        Browser visitor = new Browser(port);
        String permalink = visitor.get("/en/comments/" + id)
                .headers()
                .firstValue("Location")
                .orElseThrow();
        List<String> pages = List.of(
                answer,
                visitor.get(path).body(),
                visitor.get(path, Map.of("HX-Request", "true")).body(),
                visitor.get(permalink.substring(0, permalink.indexOf('#'))).body());

        assertThat(answer).contains("Your comment has been published.");
        for (String page : pages) {
            assertThat(page)
                    .contains(
                            "<a href=\"https://example.org/report?a=1&amp;b=2\" rel=\"ugc nofollow noopener noreferrer\">"
                                    + "https://example.org/report?a=1&amp;b=2</a>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                                    + " and &lt;i&gt;more&lt;/i&gt;.")
                    .doesNotContain("<script>alert(1)")
                    .doesNotContain("<i>more");
        }
    }

    @Test
    void aProfaneCommentIsRefusedWithItsRuleAndALinkToTheStandards() {
        Browser reader = signedIn("Graham O'Brien");
        String form = reader.get(path).body();

        HttpResponse<String> posted =
                reader.post(path, form, Map.of("text", "This fucking article is garbage.", "submit", submitKey(form)));
        String answer = reader.get(
                        posted.headers().firstValue("Location").orElseThrow().replace("#outcome", ""))
                .body();

        assertThat(answer)
                .contains("it breaks the rule")
                .contains("No profanity")
                .contains("/en/standards");
        assertThat(answer).doesNotContain("This fucking article");
    }

    @Test
    void htmxGetsTheDiscussionBackInPlaceWithTheOutcome() {
        Browser htmx = signedIn("Ryan Sinclair", Map.of("HX-Request", "true"));
        String fragment = htmx.get(path).body();

        HttpResponse<String> posted = htmx.post(
                path,
                fragment,
                Map.of("text", "The graphics make the numbers easy to follow.", "submit", submitKey(fragment)));

        assertThat(fragment.strip()).startsWith("<div id=\"discussion-body\"").doesNotContain("<html");
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body())
                .contains("id=\"outcome\"")
                .contains("Your comment has been published.")
                .contains("The graphics make the numbers easy to follow.");
    }

    @Test
    void anEmptyCommentIsRefusedInTheFormAndNothingIsStored() {
        Browser reader = signedIn("Bill Potts");
        String form = reader.get(path).body();
        int before = comments();

        HttpResponse<String> answer = reader.post(path, form, Map.of("text", "  \n ", "submit", submitKey(form)));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Write something before posting.").contains("aria-invalid=\"true\"");
        assertThat(comments()).isEqualTo(before);
    }

    @Test
    void aHugeCommentIsRefusedAndTheTextIsKeptInTheForm() {
        Browser reader = signedIn("Nardole");
        String form = reader.get(path).body();
        String huge = "Words about the budget. ".repeat(20_000);
        int before = comments();

        HttpResponse<String> answer = reader.post(path, form, Map.of("text", huge, "submit", submitKey(form)));

        assertThat(answer.statusCode()).isIn(413, 422);
        assertThat(comments()).isEqualTo(before);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        Browser reader = signedIn("Clara Oswin");
        String form = reader.get(path).body();
        int before = comments();

        HttpResponse<String> answer =
                reader.postRaw(path, Browser.encode(Map.of("text", "Sneaky comment.", "submit", submitKey(form))));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(comments()).isEqualTo(before);
    }

    @Test
    void aFormSentTwiceGivesOneComment() {
        Browser reader = signedIn("River Song");
        String form = reader.get(path).body();
        Map<String, String> fields =
                Map.of("text", "Spoilers aside, a fine piece of reporting.", "submit", submitKey(form));

        String first =
                reader.post(path, form, fields).headers().firstValue("Location").orElseThrow();
        String second =
                reader.post(path, form, fields).headers().firstValue("Location").orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from comment where body = ?")
                        .param(fields.get("text"))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anEditChangesTheCommentItsPathNamesWhateverTheFormSays() {
        Browser reader = signedIn("Adric");
        long named = postedBy(reader, "The mathematics of the new fares adds up, for once.");
        long other = postedBy(reader, "The fare table for students is on the last page.");
        String form = reader.get(path).body();

        HttpResponse<String> edited = reader.post(
                path + "/comments/" + named + "/edit",
                form,
                Map.of(
                        "text",
                        "The mathematics of the new fares adds up, for once, I checked.",
                        "commentId",
                        Long.toString(other),
                        "articleId",
                        Long.toString(commenters.otherArticle("en"))));

        assertThat(edited.statusCode()).isEqualTo(303);
        assertThat(bodyOf(named)).isEqualTo("The mathematics of the new fares adds up, for once, I checked.");
        assertThat(bodyOf(other)).isEqualTo("The fare table for students is on the last page.");
    }

    @Test
    void onceClosedAnEditIsRefusedWithOrWithoutJavaScriptWhileReportsAndDeletionsGoThrough() {
        AccountId martha = commenters.confirmed("Martha Jones");
        commenters.password(martha, passwords.encode(PASSWORD));
        Browser author = loggedIn(martha, Map.of());
        Browser htmxAuthor = loggedIn(martha, Map.of("HX-Request", "true"));
        Browser reporter = signedIn("Wilfred Mott");
        Browser htmxReporter = signedIn("Sarah Jane Smith", Map.of("HX-Request", "true"));
        long kept = postedBy(author, "The clinic's opening hours are finally listed.");
        long deleted = postedBy(author, "I will take this one back.");
        long htmxKept = postedBy(author, "Good to see the bus routes on a map.");
        long htmxDeleted = postedBy(author, "This one goes too.");
        String authorsPage = author.get(path).body();
        String htmxPage = htmxAuthor.get(path).body();
        String reportersPage = reporter.get(path).body();
        String htmxReportersPage = htmxReporter.get(path).body();
        assertThat(authorsPage).contains(path + "/comments/" + kept + "/edit");
        commenters.closeDiscussion(article);
        try {
            assertThat(author.get(path).body())
                    .doesNotContain(path + "/comments/" + kept + "/edit")
                    .contains(path + "/comments/" + kept + "/delete");

            HttpResponse<String> plain = author.post(
                    path + "/comments/" + kept + "/edit", authorsPage, Map.of("text", "Changed after closing."));
            HttpResponse<String> htmx = htmxAuthor.post(
                    path + "/comments/" + htmxKept + "/edit",
                    htmxPage,
                    Map.of("text", "<b>Changed</b> after closing."));

            assertThat(plain.statusCode()).isEqualTo(422);
            assertThat(plain.body()).contains("This discussion is closed: comments can no longer be edited.");
            assertThat(htmx.statusCode()).isEqualTo(200);
            assertThat(htmx.body().strip())
                    .startsWith("<div id=\"discussion-body\"")
                    .contains("This discussion is closed: comments can no longer be edited.")
                    .doesNotContain("<b>Changed</b>");
            assertThat(bodyOf(kept)).isEqualTo("The clinic's opening hours are finally listed.");
            assertThat(bodyOf(htmxKept)).isEqualTo("Good to see the bus routes on a map.");

            HttpResponse<String> reported =
                    reporter.post(path + "/comments/" + kept + "/report", reportersPage, Map.of("reason", "spam"));
            HttpResponse<String> gone = author.post(path + "/comments/" + deleted + "/delete", authorsPage, Map.of());

            assertThat(reported.statusCode()).isEqualTo(303);
            assertThat(reported.headers().firstValue("Location")).hasValue(path + "?done=reported#outcome");
            assertThat(jdbc.sql("select count(*) from comment_report where comment_id = ?")
                            .param(kept)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(gone.statusCode()).isEqualTo(303);
            assertThat(jdbc.sql("select status from comment where id = ?")
                            .param(deleted)
                            .query(String.class)
                            .single())
                    .isEqualTo("DELETED");

            HttpResponse<String> htmxReported = htmxReporter.post(
                    path + "/comments/" + htmxKept + "/report", htmxReportersPage, Map.of("reason", "spam"));
            HttpResponse<String> htmxGone =
                    htmxAuthor.post(path + "/comments/" + htmxDeleted + "/delete", htmxPage, Map.of());

            assertThat(htmxReported.statusCode()).isEqualTo(200);
            assertThat(htmxReported.body()).contains("Thank you: moderators will review the comment you reported.");
            assertThat(htmxGone.statusCode()).isEqualTo(200);
            assertThat(htmxGone.body()).contains("Your comment has been deleted.");
            assertThat(jdbc.sql("select count(*) from comment_report where comment_id = ?")
                            .param(htmxKept)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select status from comment where id = ?")
                            .param(htmxDeleted)
                            .query(String.class)
                            .single())
                    .isEqualTo("DELETED");
        } finally {
            commenters.reopenDiscussion(article);
        }
    }

    @Test
    void onceClosedTheSpanishEditionRefusesAnEditInSpanish() {
        long spanish = commenters.article("es");
        String spanishPath = "/es/discussion/" + spanish;
        Browser author = signedIn("Rosa Parks");
        String form = author.get(spanishPath).body();
        String location = author.post(
                        spanishPath,
                        form,
                        Map.of("text", "Muy buen reportaje sobre el puerto.", "submit", submitKey(form)))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        Matcher posted = Pattern.compile("posted=([0-9]+)").matcher(location);
        assertThat(posted.find()).as(location).isTrue();
        String page = author.get(spanishPath).body();
        commenters.closeDiscussion(spanish);
        try {
            HttpResponse<String> answer = author.post(
                    spanishPath + "/comments/" + posted.group(1) + "/edit", page, Map.of("text", "Otro texto."));

            assertThat(answer.statusCode()).isEqualTo(422);
            assertThat(answer.body()).contains("Este debate está cerrado: ya no se pueden editar los comentarios.");
        } finally {
            commenters.reopenDiscussion(spanish);
        }
    }

    @Test
    void aCommentsLinkLeadsToItsThreadFarDownADiscussionOfTenThousandComments() {
        long crowded = commenters.otherArticle("en");
        String crowdedPath = "/en/discussion/" + crowded;
        AccountId author = commenters.confirmed("Rory Williams");
        long first = commenters.stored(crowded, author, null, "The very first comment, long ago.", "PUBLISHED");
        long thread = commenters.stored(crowded, author, null, "A thread with many replies.", "PUBLISHED");
        for (int i = 0; i < 80; i++) {
            commenters.stored(crowded, author, thread, "Reply number " + i + ".", "PUBLISHED");
        }
        long deepReply = commenters.stored(crowded, author, thread, "The reply far down the thread.", "PUBLISHED");
        insertMany(crowded, author, 10_000);
        Browser visitor = new Browser(port);

        HttpResponse<String> link = visitor.get("/en/comments/" + first);
        String location = link.headers().firstValue("Location").orElseThrow();
        String shown = visitor.get(location.substring(0, location.indexOf('#'))).body();
        String deep = visitor.get("/en/comments/" + deepReply)
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String deepShown = visitor.get(deep.substring(0, deep.indexOf('#'))).body();

        assertThat(link.statusCode()).isEqualTo(303);
        assertThat(location).isEqualTo(crowdedPath + "?comment=" + first + "#comment-" + first);
        assertThat(visitor.get(crowdedPath).body()).doesNotContain("id=\"comment-" + first + "\"");
        assertThat(shown)
                .contains("class=\"comment comment--focused\" id=\"comment-" + first + "\"")
                .contains("The very first comment, long ago.")
                .contains("Show the whole discussion")
                .contains("href=\"/en/comments/" + first + "\"")
                .doesNotContain("Bulk comment");
        assertThat(deepShown)
                .contains("class=\"comment comment--focused\" id=\"comment-" + deepReply + "\"")
                .contains("A thread with many replies.")
                .contains("The reply far down the thread.");
    }

    @Test
    void onlyItsAuthorFollowsTheLinkOfAHeldCommentAndNobodyThatOfARejectedOrDeletedOne() {
        AccountId authorId = commenters.confirmed("Amy Pond");
        commenters.password(authorId, passwords.encode(PASSWORD));
        Browser author = loggedIn(authorId, Map.of());
        Browser other = signedIn("Canton Delaware");
        Browser visitor = new Browser(port);
        long held = commenters.stored(article, authorId, null, "Waiting for a moderator.", "HELD");
        long rejected = commenters.stored(article, authorId, null, "Rejected words.", "REJECTED");
        long deleted = commenters.stored(article, authorId, null, "Deleted words.", "DELETED");
        long published = commenters.stored(article, authorId, null, "Published words.", "PUBLISHED");

        HttpResponse<String> own = author.get("/en/comments/" + held);
        assertThat(own.statusCode()).isEqualTo(303);
        assertThat(author.get(path + "?comment=" + held).body())
                .contains("class=\"comment comment--pending comment--focused\" id=\"comment-" + held + "\"");
        for (Browser someone : List.of(other, visitor)) {
            assertThat(someone.get("/en/comments/" + held).statusCode()).isEqualTo(404);
            assertThat(someone.get(path + "?comment=" + held).body()).doesNotContain("Waiting for a moderator.");
        }
        for (long gone : List.of(rejected, deleted)) {
            for (Browser someone : List.of(author, other, visitor)) {
                HttpResponse<String> answer = someone.get("/en/comments/" + gone);
                assertThat(answer.statusCode()).isEqualTo(404);
                assertThat(answer.body()).contains("Page not found");
            }
        }
        HttpResponse<String> elsewhere = visitor.get("/ru/comments/" + published);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.body()).contains("Страница не найдена");
        assertThat(visitor.get("/en/comments/" + published).statusCode()).isEqualTo(303);
    }

    @Test
    void hostileCommentAddressesAreAnsweredWithALocalisedClientError() {
        Browser visitor = new Browser(port);
        for (String hostile : List.of(
                "/ru/comments/99999999999999999999",
                "/ru/comments/999999999999999999",
                "/ru/comments/abc",
                "/ru/comments/-1",
                "/ru/comments/%3Cscript%3Ealert(1)",
                "/ru/comments/1%27%20or%20%271%27%3D%271",
                "/ru/comments/" + "9".repeat(5_000))) {
            HttpResponse<String> answer = visitor.get(hostile);
            assertThat(answer.statusCode()).as(hostile).isIn(400, 404);
            assertThat(answer.body()).as(hostile).containsAnyOf("Страница не найдена", "Запрос не распознан");
            assertThat(answer.body()).as(hostile).doesNotContain("<script>alert", "Exception");
        }
        // refused by Tomcat before the application: its own page, in English, but a client error all the same
        for (String hostile : List.of("/ru/comments/%ED%A0%80", "/ru/comments/%3Cb%3E1%3C%2Fb%3E")) {
            HttpResponse<String> answer = visitor.get(hostile);
            assertThat(answer.statusCode()).as(hostile).isIn(400, 404);
            assertThat(answer.body()).as(hostile).doesNotContain("<b>1</b>", "Exception");
        }
        for (String hostile : List.of("abc", "%3Cb%3E1%3C%2Fb%3E", "99999999999999999999", "1%27%20or%201%3D1")) {
            HttpResponse<String> answer = visitor.get(path + "?comment=" + hostile);
            assertThat(answer.statusCode()).as(hostile).isEqualTo(400);
            assertThat(answer.body()).as(hostile).doesNotContain("Exception");
        }
        HttpResponse<String> unknown = visitor.get(path + "?comment=999999999999");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).doesNotContain("comment--focused").doesNotContain("Show the whole discussion");
    }

    @Test
    void unknownArticlesAndMalformedParametersAreAnsweredCleanly() {
        Browser visitor = new Browser(port);

        assertThat(visitor.get("/en/discussion/999999999").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/es/discussion/" + article).statusCode()).isEqualTo(404);
        assertThat(visitor.get("/en/discussion/99999999999999999999").statusCode())
                .isEqualTo(404);
        assertThat(visitor.get(path + "?sort=%27%3B--&after=x%00y").statusCode())
                .isEqualTo(200);
        assertThat(visitor.get(path + "?posted=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void theStandardsPageListsTheEditionsRules() {
        String page = new Browser(port).get("/ru/standards").body();

        assertThat(page).contains("id=\"rule-profanity\"").contains("lang=\"ru\"");
    }

    private Browser signedIn(String name) {
        return signedIn(name, Map.of());
    }

    /** A reader logged in through the form, whose every request carries the given headers. */
    private Browser signedIn(String name, Map<String, String> headers) {
        AccountId id = commenters.confirmed(name);
        commenters.password(id, passwords.encode(PASSWORD));
        return loggedIn(id, headers);
    }

    /** Another browser of the same reader, logged in through the form. */
    private Browser loggedIn(AccountId id, Map<String, String> headers) {
        return new FormReaders(port).loggedIn("en", commenters.email(id), PASSWORD, headers);
    }

    /** Posts the comment through the form; its id. */
    private long postedBy(Browser reader, String text) {
        String form = reader.get(path).body();
        String location = reader.post(path, form, Map.of("text", text, "submit", submitKey(form)))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        Matcher posted = Pattern.compile("posted=([0-9]+)").matcher(location);
        assertThat(posted.find()).as(location).isTrue();
        return Long.parseLong(posted.group(1));
    }

    /** Many published first comments, newer than any before them. */
    private void insertMany(long articleId, AccountId author, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {articleId, author.value(), "Bulk comment " + i + ".", "bulk-" + i});
        }
        jdbcTemplate.batchUpdate("""
                        insert into comment (article_id, edition, author_id, body, status, decision, policy_version,
                          submit_key, created_at, screened_at)
                        values (?, 'en', ?, ?, 'PUBLISHED', '{}', 'test', ?, current_timestamp, current_timestamp)""", rows);
        jdbc.sql("update comment set thread_id = id where article_id = ? and thread_id is null")
                .param(articleId)
                .update();
    }

    /** The page of the test's article, which loads its discussion. */
    private String articlePath() {
        return jdbc.sql("select '/en/' || s.slug || '/' || a.slug from article a join section s"
                        + " on s.id = a.section_id where a.id = ?")
                .param(article)
                .query(String.class)
                .single();
    }

    private String bodyOf(long id) {
        return jdbc.sql("select body from comment where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private int comments() {
        return jdbc.sql("select count(*) from comment").query(Integer.class).single();
    }
}
