package io.tribune.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Live comments on one node through HTTP, read as a browser's EventSource reads them: what is sent
 * (published comments, rendered and escaped as anyone sees them; edits, deletions and hidings, with
 * the count), what never is (held and rejected ones), what a reconnecting browser gets, and how many
 * streams a node keeps.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:discussion-live;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "tribune.discussion.live.max-readers=3",
            "tribune.discussion.live.heartbeat=200ms"
        })
class DiscussionLiveTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    PostComment postComment;

    @Autowired
    EditComment editComment;

    @Autowired
    DeleteComment deleteComment;

    @Autowired
    ReportComment reportComment;

    @Autowired
    ModerateComment moderateComment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyPolicy policy;

    @Autowired
    MeterRegistry meters;

    Commenters commenters;
    long article;
    String live;
    final List<LiveStream> streams = new ArrayList<>();

    @BeforeEach
    void anArticle() {
        commenters = new Commenters(jdbc, policy);
        article = commenters.article("en");
        live = "/en/discussion/" + article + "/live";
    }

    /** Closes the test's streams and waits until the node has noticed, so the next test finds room. */
    @AfterEach
    void closeStreams() throws InterruptedException {
        streams.forEach(LiveStream::close);
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (openStreams() > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(openStreams()).as("streams the node still holds").isZero();
    }

    @Test
    void aPublishedCommentReachesAnOpenStreamEscapedAsAnyoneSeesIt() {
        LiveStream stream = open(live);
        AccountId author = commenters.confirmed("Martha Jones");

        long id = published(post(author, null, "<b>Bold</b> claim: the bridge & the ferry both close on Monday."));
        LiveStream.Event event = stream.awaitComment(id, PATIENCE);

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.response().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(stream.response().headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        assertThat(event.id()).isEqualTo(Long.toString(id));
        JsonNode comment = event.comment();
        assertThat(comment.get("thread").asLong()).isEqualTo(id);
        assertThat(comment.get("parent").isNull()).isTrue();
        assertThat(comment.get("html").asString())
                .startsWith("<li class=\"comments__thread\">")
                .contains("id=\"comment-" + id + "\"")
                .contains("Martha Jones")
                .contains("&lt;b&gt;Bold&lt;/b&gt; claim: the bridge &amp; the ferry")
                .doesNotContain("<b>Bold</b>")
                .doesNotContain("<form");
    }

    @Test
    void aReplyCarriesItsThreadAndParentAndWhomItAnswers() {
        AccountId first = commenters.confirmed("Jack Harkness");
        AccountId second = commenters.confirmed("Ianto Jones");
        long thread = published(post(first, null, "The new timetable leaves the night buses out entirely."));
        long reply = published(post(second, thread, "The night buses are in the second table, further down."));
        LiveStream stream = open(live);

        long answer = published(post(first, reply, "Found it, thank you for pointing at the second table."));
        JsonNode comment = stream.awaitComment(answer, PATIENCE).comment();

        assertThat(comment.get("thread").asLong()).isEqualTo(thread);
        assertThat(comment.get("parent").asLong()).isEqualTo(reply);
        assertThat(comment.get("html").asString()).startsWith("<li>").contains("in reply to Ianto Jones");
    }

    @Test
    void anApprovedEditIsSentInPlaceMarkedEditedAndADeletionTakesTheCommentOutOfPagesAndCount() {
        AccountId author = commenters.confirmed("Donna Noble");
        long id = published(post(author, null, "The bridge closes on Monday for a week of repairs."));
        LiveStream stream = open(live);

        Posting.Posted edited = (Posting.Posted)
                editComment.edit(change(author, id, "The bridge closes on Tuesday for a week of repairs."));
        assertThat(edited.status()).isEqualTo(CommentStatus.PUBLISHED);
        LiveStream.Event change =
                stream.awaitChange(id, c -> c.get("html").stringValue("").contains("Tuesday"), PATIENCE);

        assertThat(change.id())
                .as("a change is no comment a reconnecting browser names")
                .isNull();
        JsonNode shown = change.comment();
        assertThat(shown.get("html").asString())
                .startsWith("<article class=\"comment\" id=\"comment-" + id + "\"")
                .contains("· edited")
                .contains("Donna Noble")
                .doesNotContain("Monday")
                .doesNotContain("<form");
        int count = shown.get("count").asInt();
        assertThat(count).isEqualTo(publishedCount());
        assertThat(shown.get("countText").asString()).isEqualTo("Comments: " + count);

        assertThat(deleteComment.delete(change(author, id, null))).isNull();
        JsonNode gone =
                stream.awaitChange(id, c -> c.get("html").isNull(), PATIENCE).comment();

        assertThat(gone.get("count").asInt()).isEqualTo(count - 1);
        assertThat(gone.get("countText").asString()).isEqualTo("Comments: " + (count - 1));
    }

    @Test
    void aDeletedFirstCommentWithRepliesBecomesItsPlaceholder() {
        AccountId author = commenters.confirmed("Bill Potts");
        long thread = published(post(author, null, "The new timetable leaves the night trams out entirely."));
        published(post(
                commenters.confirmed("Nardole"), thread, "The night trams are in the second table, further down."));
        LiveStream stream = open(live);

        deleteComment.delete(change(author, thread, null));

        assertThat(stream.awaitChange(thread, c -> !c.get("html").isNull(), PATIENCE)
                        .comment()
                        .get("html")
                        .asString())
                .contains("This comment was deleted by its author.")
                .doesNotContain("Bill Potts")
                .doesNotContain("night trams");
    }

    @Test
    void anEditThatBreaksARuleTakesTheCommentOutOfOpenPages() {
        AccountId author = commenters.confirmed("Rory Williams");
        long id = published(post(author, null, "The night bus timetable is finally online, thank you."));
        LiveStream stream = open(live);

        Posting.Posted edited =
                (Posting.Posted) editComment.edit(change(author, id, "The night bus timetable is fucking late."));

        assertThat(edited.status()).isEqualTo(CommentStatus.REJECTED);
        stream.awaitChange(id, c -> c.get("html").isNull(), PATIENCE);
        assertThat(stream.received())
                .filteredOn(e -> "change".equals(e.name()))
                .extracting(LiveStream.Event::data)
                .noneMatch(data -> data.contains("fucking"));
    }

    @Test
    void aCommentHiddenByReportsLeavesOpenPages() {
        long id = published(post(
                commenters.confirmed("Amy Pond"),
                null,
                "Cyclists crossing the square should get off and walk, frankly."));
        LiveStream stream = open(live);

        Reporting last = null;
        for (String reporter : List.of("River Song", "Craig Owens", "Sophie Benton")) {
            last = reportComment.report(change(commenters.confirmed(reporter), id, "trolling"));
        }

        assertThat(last).isEqualTo(new Reporting.Reported(true));
        assertThat(stream.awaitChange(id, c -> c.get("html").isNull(), PATIENCE)
                        .comment()
                        .get("count")
                        .asInt())
                .isEqualTo(publishedCount());
    }

    @Test
    void aModeratorsRejectionTakesAPublishedCommentOutOfOpenPagesAndCount() {
        AccountId author = commenters.confirmed("Clara Oswald");
        long kept = published(post(author, null, "The ferry timetable for the winter is on the council's site."));
        long id = published(post(author, null, "The ferry is the slowest way to cross, and the dullest."));
        LiveStream stream = open(live);
        int before = publishedCount();

        ModeratedComment rejected = moderateComment.reject(
                commenters.confirmed("Kate Stewart"), "en", id, CommentStatus.PUBLISHED, "trolling");

        assertThat(rejected.outcome()).isEqualTo(ModeratedComment.Outcome.DONE);
        JsonNode gone =
                stream.awaitChange(id, c -> c.get("html").isNull(), PATIENCE).comment();
        assertThat(gone.get("count").asInt()).isEqualTo(before - 1).isEqualTo(publishedCount());
        assertThat(gone.get("countText").asString()).isEqualTo("Comments: " + (before - 1));
        assertThat(stream.received())
                .as("the comment kept up is not touched")
                .extracting(LiveStream.Event::commentId)
                .doesNotContain(kept);
    }

    @Test
    void aHeldCommentAModeratorApprovesAppearsInOpenPages() {
        AccountId rude = commenters.confirmed("Danny Pink");
        for (int i = 0; i < 5; i++) {
            Posting.Posted rejected =
                    (Posting.Posted) post(rude, null, "This fucking council is useless, day " + i + ".");
            assertThat(rejected.status()).isEqualTo(CommentStatus.REJECTED);
        }
        Posting.Posted held = (Posting.Posted) post(rude, null, "The school crossing on Park Road needs a warden.");
        assertThat(held.status()).isEqualTo(CommentStatus.HELD);
        LiveStream stream = open(live);

        moderateComment.approve(commenters.confirmed("Osgood"), "en", held.commentId(), CommentStatus.HELD);

        JsonNode shown = stream.awaitComment(held.commentId(), PATIENCE).comment();
        assertThat(shown.get("html").asString()).contains("The school crossing on Park Road");
    }

    @Test
    void heldAndRejectedCommentsAreNeverSent() {
        LiveStream stream = open(live);
        AccountId rude = commenters.confirmed("Harold Saxon");
        List<Long> unseen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Posting.Posted rejected =
                    (Posting.Posted) post(rude, null, "This fucking report is garbage, part " + i + ".");
            assertThat(rejected.status()).isEqualTo(CommentStatus.REJECTED);
            unseen.add(rejected.commentId());
        }
        Posting.Posted held = (Posting.Posted) post(rude, null, "The council meeting is on Thursday at seven.");
        assertThat(held.status())
                .as("an author whose recent comments were mostly rejected is held")
                .isEqualTo(CommentStatus.HELD);
        unseen.add(held.commentId());

        long clean = published(
                post(commenters.confirmed("Lucy Saxon"), null, "Thank you for the clear map of the closures."));
        stream.awaitComment(clean, PATIENCE);

        assertThat(stream.received())
                .filteredOn(e -> "comment".equals(e.name()))
                .extracting(LiveStream.Event::commentId)
                .doesNotContainAnyElementsOf(unseen);
    }

    @Test
    void aReconnectingBrowserGetsTheCommentsItMissedAndNoOthers() {
        AccountId author = commenters.confirmed("Wilfred Mott");
        long seen = published(post(author, null, "The library opening hours were the part I needed."));
        long missed = published(post(author, null, "And the swimming pool reopens in March, good to know."));
        long alsoMissed = published(post(author, null, "The museum is free on the first Sunday, by the way."));

        LiveStream stream = open(live, Long.toString(seen));
        LiveStream.Event first = stream.awaitComment(missed, PATIENCE);
        LiveStream.Event second = stream.awaitComment(alsoMissed, PATIENCE);

        assertThat(first.id()).isEqualTo(Long.toString(missed));
        assertThat(second.id()).isEqualTo(Long.toString(alsoMissed));
        assertThat(second.comment().get("html").asString()).contains("The museum is free");
        assertThat(stream.received()).extracting(LiveStream.Event::commentId).doesNotContain(seen);
    }

    @Test
    void aNodeKeepsAsManyStreamsAsItIsToldAndTurnsAwayMore() {
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(open(live).status());
        }

        assertThat(answers).containsExactly(200, 200, 200, 503);
    }

    @Test
    void onlyPublishedArticlesOfTheEditionHaveAStream() {
        assertThat(open("/en/discussion/999999999/live").status()).isEqualTo(404);
        assertThat(open("/es/discussion/" + article + "/live").status()).isEqualTo(404);
    }

    private LiveStream open(String path) {
        return open(path, null);
    }

    private LiveStream open(String path, String lastEventId) {
        LiveStream stream = LiveStream.open(port, path, lastEventId);
        streams.add(stream);
        return stream;
    }

    private double openStreams() {
        return meters.get("tribune.discussion.live.readers").gauge().value();
    }

    private CommentChange change(AccountId reader, long commentId, String text) {
        return new CommentChange(reader, "en", article, commentId, text, Commenters.address());
    }

    private int publishedCount() {
        return jdbc.sql("select count(*) from comment where article_id = ? and status = 'PUBLISHED'")
                .param(article)
                .query(Integer.class)
                .single();
    }

    private Posting post(AccountId author, Long parent, String text) {
        return postComment.post(new NewComment(
                author, "en", article, parent, text, UUID.randomUUID().toString(), Commenters.address()));
    }

    private static long published(Posting posting) {
        Posting.Posted posted = (Posting.Posted) posting;
        assertThat(posted.status()).as(posted.notice()).isEqualTo(CommentStatus.PUBLISHED);
        return posted.commentId();
    }
}
