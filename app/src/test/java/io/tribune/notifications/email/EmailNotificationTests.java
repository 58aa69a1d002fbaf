package io.tribune.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.NotificationTopic;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.discussion.CommentChange;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.DeleteComment;
import io.tribune.discussion.ModerateComment;
import io.tribune.discussion.NewComment;
import io.tribune.discussion.PostComment;
import io.tribune.discussion.Posting;
import io.tribune.support.Browser;
import io.tribune.support.MailServer;
import io.tribune.support.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Email notifications from a comment to a real SMTP server (GreenMail): who is mailed about replies
 * and approvals (only readers who opted in), the hourly digest, the one-click unsubscribe link and its
 * headers, forged and hostile tokens, and the queue shared by nodes that race or die. The running
 * sender is off; each test drives senders ("nodes") of its own with clocks of their own.
 */
@MailedSite
class EmailNotificationTests {

    static final GreenMail MAIL = MailServer.shared();
    private static final Logger log = LoggerFactory.getLogger(EmailNotificationTests.class);
    private static final Pattern UNSUBSCRIBE = Pattern.compile("https://news\\.tribune\\.test(/en/unsubscribe/\\S+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PostComment postComment;

    @Autowired
    ModerateComment moderateComment;

    @Autowired
    DeleteComment deleteComment;

    @Autowired
    PrivacyPolicy privacyPolicy;

    @Autowired
    Accounts accounts;

    @Autowired
    EmailQueue queue;

    @Autowired
    NotificationLetters letters;

    @Autowired
    EmailNotificationSettings settings;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    WriteCommits commits;

    long article;

    @BeforeEach
    void anArticle() {
        article = jdbc.sql("select id from article where edition = 'en' order by published_at desc"
                        + " fetch first 1 rows only")
                .query(Long.class)
                .single();
        // rows earlier tests left due are sent and forgotten, so each test counts its own letters only
        sendAll(node(Clock.systemUTC()));
        jdbc.sql("delete from email_notification").update();
    }

    @Test
    void aPublishedReplyIsMailedToTheCommenterWhoOptedInWithOneClickUnsubscribe() throws Exception {
        Reader ada = reader("Ada Lovelace", NotificationTopic.REPLIES);
        Reader grace = reader("Grace Hopper", NotificationTopic.REPLIES);
        long parent = published(post(ada, null, "The council's budget vote matters for every district."));
        long reply = published(post(grace, parent, "Agreed, <b>and</b> the transport plan depends on it."));

        assertThat(sendAll(node(Clock.systemUTC()))).isEqualTo(1);

        MimeMessage letter = only(ada);
        assertThat(letter.getSubject()).isEqualTo("New reply to your comment on Tribune");
        String body = body(letter);
        assertThat(body)
                .contains("Grace Hopper replied to your comment on")
                .contains("Agreed, <b>and</b> the transport plan depends on it.")
                .contains("https://news.tribune.test/en/comments/" + reply);
        String link = unsubscribeLink(body);
        assertThat(letter.getHeader("List-Unsubscribe")).containsExactly("<https://news.tribune.test" + link + ">");
        assertThat(letter.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(lettersTo(grace))
                .as("nobody is mailed about their own reply")
                .isEmpty();
        assertThat(sendAll(node(Clock.systemUTC())))
                .as("a reply is mailed once")
                .isZero();
    }

    @Test
    void aReplyIsQueuedInTheTransactionThatStoresItWithNoCommitOfItsOwn() {
        Reader ada = reader("Ada Counts Commits", NotificationTopic.REPLIES);
        Reader quiet = reader("Quiet Counts Commits");
        Reader replier = reader("Counted Replier");
        long told = published(post(ada, null, "Will the library open on Sunday afternoons?"));
        long untold = published(post(quiet, null, "Will the library lend e-books soon?"));
        // the replier's first comment takes their quota's row; both replies counted find it there
        published(post(replier, null, "The library needs more reading rooms."));

        int notMailed = commits.countedFor(() -> published(post(replier, untold, "Next month, says the librarian.")));
        int mailed = commits.countedFor(() -> published(post(replier, told, "From March, from noon to five.")));

        assertThat(queued(ada)).isEqualTo(1);
        log.info(
                "Commits that wrote, per published reply: {} mailed to its parent's commenter, {} mailed to nobody",
                mailed,
                notMailed);
        assertThat(mailed)
                .as("a reply mailed to its parent's commenter commits as often as one mailed to nobody")
                .isEqualTo(notMailed);
    }

    @Test
    void aReplyLetterIsPlainTextAndTheSameInHtmlWithTheReadersMarkupEscaped() throws Exception {
        Reader ada = reader("Ada Reads Html", NotificationTopic.REPLIES);
        Reader marked = reader("Grace <i>Hopper</i> & Co");
        long parent = published(post(ada, null, "Is the museum free on the first Sunday?"));
        published(post(marked, parent, "It is, <img src=x onerror=alert(1)> & \"bring\" the kids."));

        assertThat(sendAll(node(Clock.systemUTC()))).isEqualTo(1);

        MimeMessage letter = only(ada);
        assertThat(letter.isMimeType("multipart/alternative")).isTrue();
        assertThat(MailServer.text(letter))
                .contains("Grace <i>Hopper</i> & Co replied")
                .contains("It is, <img src=x onerror=alert(1)> & \"bring\" the kids.");
        assertThat(MailServer.html(letter))
                .contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("Grace &lt;i&gt;Hopper&lt;/i&gt; &amp; Co replied")
                .contains("It is, &lt;img src=x onerror=alert(1)&gt; &amp; &quot;bring&quot; the kids.")
                .doesNotContain("<img")
                .doesNotContain("<i>")
                .containsPattern("<a href=\"https://news\\.tribune\\.test/en/unsubscribe/[^\"]+\">");
    }

    @Test
    void nobodyIsMailedWithoutOptingInNorAboutTheirOwnReply() throws Exception {
        Reader quiet = reader("Quiet Reader");
        Reader decisionsOnly = reader("Decisions Only", NotificationTopic.DECISIONS);
        Reader talker = reader("Talker", NotificationTopic.REPLIES);
        long first = published(post(quiet, null, "A first comment nobody will be mailed about."));
        long second = published(post(decisionsOnly, null, "A second comment about the library hours."));
        long own = published(post(talker, null, "My own thread about the river path."));
        published(post(talker, first, "A reply to a reader who did not opt in."));
        published(post(talker, second, "A reply to a reader who wants decisions only."));
        published(post(talker, own, "And a reply to myself."));

        assertThat(sendAll(node(Clock.systemUTC()))).isZero();
        assertThat(lettersTo(quiet)).isEmpty();
        assertThat(lettersTo(decisionsOnly)).isEmpty();
        assertThat(lettersTo(talker)).isEmpty();
    }

    @Test
    void repliesWithinTheHourAreGatheredIntoOneLetterWhenTheWindowCloses() throws Exception {
        Reader ada = reader("Ada Digest", NotificationTopic.REPLIES);
        Reader others = reader("Busy Replier");
        long parent = published(post(ada, null, "Which bus lines will the new depot serve?"));
        published(post(others, parent, "The first reply, mailed at once."));
        assertThat(sendAll(node(Clock.systemUTC()))).isEqualTo(1);

        List<String> gathered = List.of(
                "The depot will serve lines four and nine, says the council.",
                "Night buses could start from there next winter.",
                "Drivers have asked for a canteen on site.");
        for (String text : gathered) {
            published(post(reader("Replier " + UUID.randomUUID()), parent, text));
        }
        assertThat(sendAll(node(Clock.systemUTC())))
                .as("no second letter within the hour")
                .isZero();
        var later = new MutableClock(Instant.now().plus(Duration.ofMinutes(61)));
        assertThat(sendAll(node(later))).isEqualTo(1);

        List<MimeMessage> mailed = lettersTo(ada);
        assertThat(mailed).hasSize(2);
        MimeMessage digest = mailed.getLast();
        assertThat(digest.getSubject()).isEqualTo("3 new replies to your comments on Tribune");
        assertThat(body(digest)).contains(gathered).doesNotContain("The first reply");
    }

    @Test
    void aHeldReplyIsMailedOnlyOnceApprovedAndItsAuthorIsToldItIsPublished() throws Exception {
        Reader ada = reader("Ada Held", NotificationTopic.REPLIES);
        Reader rude = reader("Rude Then Polite", NotificationTopic.DECISIONS);
        long parent = published(post(ada, null, "Should the market open on Sundays?"));
        for (int i = 0; i < 5; i++) {
            Posting.Posted rejected =
                    (Posting.Posted) post(rude, null, "This fucking council is useless, day " + i + ".");
            assertThat(rejected.status()).isEqualTo(CommentStatus.REJECTED);
        }
        Posting.Posted held = (Posting.Posted) post(rude, parent, "Sunday markets would help the small farms.");
        assertThat(held.status()).isEqualTo(CommentStatus.HELD);

        assertThat(sendAll(node(Clock.systemUTC()))).isZero();
        assertThat(lettersTo(ada)).as("a held reply is nobody's news").isEmpty();

        moderateComment.approve(reader("Moderator").id(), "en", held.commentId(), CommentStatus.HELD);
        assertThat(sendAll(node(Clock.systemUTC()))).isEqualTo(2);

        assertThat(body(only(ada))).contains("Sunday markets would help the small farms.");
        List<MimeMessage> toRude = awaitLetters(rude, 6);
        MimeMessage approved = toRude.stream()
                .filter(m -> MailServer.subject(m).contains("is published"))
                .findFirst()
                .orElseThrow();
        assertThat(body(approved)).contains("#comment-" + held.commentId());
        assertThat(approved.getHeader("List-Unsubscribe")).hasSize(1);
        assertThat(toRude)
                .as("statements of reasons are owed, not chosen: no unsubscribe header on them")
                .filteredOn(m -> !MailServer.subject(m).contains("is published"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getHeader("List-Unsubscribe")).isNull());
    }

    @Test
    void aRejectionSendsOnlyTheStatementOfReasons() throws Exception {
        Reader author = reader("Rejected Author", NotificationTopic.DECISIONS);
        long id = published(post(author, null, "The tram timetable changed again this week."));
        moderateComment.reject(reader("Moderator Two").id(), "en", id, CommentStatus.PUBLISHED, "trolling");

        assertThat(sendAll(node(Clock.systemUTC()))).isZero();
        assertThat(queued(author)).isZero();
    }

    @Test
    void repliesToDeletedCommentsAndByGoneOrBlockedAuthorsAreNotMailed() throws Exception {
        Reader ada = reader("Ada Gone", NotificationTopic.REPLIES);
        Reader leaving = reader("Leaving Reader");
        long parent = published(post(ada, null, "Will the pool reopen in spring?"));
        published(post(leaving, parent, "It should, the repairs are done."));
        jdbc.sql("update account set status = 'DEACTIVATED' where id = ?")
                .param(leaving.id().value())
                .update();
        Reader grace = reader("Grace Deletes", NotificationTopic.REPLIES);
        long deleted = published(post(grace, null, "The pool timetable is on the council site."));
        published(post(reader("Late Replier"), deleted, "Thanks, found it there."));
        assertThat(deleteComment.delete(new CommentChange(grace.id(), "en", article, deleted, null, "198.51.100.9")))
                .isNull();
        Reader joan = reader("Joan Blocked Reply", NotificationTopic.REPLIES);
        Reader troll = reader("Soon Blocked");
        long answered = published(post(joan, null, "Who repaints the zebra crossing?"));
        published(post(troll, answered, "The roads department does, every spring."));
        jdbc.sql("insert into account_block (account_id, rule, blocked_at) values (?, 'trolling', ?)")
                .params(troll.id().value(), Timestamp.from(Instant.now()))
                .update();

        assertThat(sendAll(node(Clock.systemUTC()))).isZero();
        assertThat(lettersTo(ada)).as("the replier's account is gone").isEmpty();
        assertThat(lettersTo(grace)).as("the comment replied to is deleted").isEmpty();
        assertThat(lettersTo(joan)).as("the replier is blocked").isEmpty();
    }

    @Test
    void aReplyToABlockedCommentersCommentIsNotMailed() throws Exception {
        Reader blocked = reader("Blocked Commenter", NotificationTopic.REPLIES);
        long parent = published(post(blocked, null, "Who mends the potholes on Mill Street?"));
        published(post(reader("Helpful Neighbour"), parent, "The roads department, after the winter."));
        jdbc.sql("insert into account_block (account_id, rule, blocked_at) values (?, 'trolling', ?)")
                .params(blocked.id().value(), Timestamp.from(Instant.now()))
                .update();

        assertThat(sendAll(node(Clock.systemUTC()))).isZero();
        assertThat(lettersTo(blocked)).as("the parent's author is blocked").isEmpty();
    }

    @Test
    void theLinkInAReplyLetterOpensTheReplyItself() throws Exception {
        Reader ada = reader("Ada Follows Link", NotificationTopic.REPLIES);
        long parent = published(post(ada, null, "Does the ferry run on public holidays?"));
        long reply = published(post(reader("Ferry Regular"), parent, "Yes, on the Sunday timetable."));

        assertThat(sendAll(node(Clock.systemUTC()))).isEqualTo(1);

        Matcher link = Pattern.compile("https://news\\.tribune\\.test(/en/comments/[0-9]+)")
                .matcher(body(only(ada)));
        assertThat(link.find()).as("a link to the reply").isTrue();
        assertThat(link.group(1)).isEqualTo("/en/comments/" + reply);
        var browser = new Browser(port);
        HttpResponse<String> permalink = browser.get(link.group(1));
        assertThat(permalink.statusCode()).isEqualTo(303);
        String discussion = permalink.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = browser.get(discussion.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Yes, on the Sunday timetable.").contains("id=\"comment-" + reply + "\"");
    }

    @Test
    void openingTheUnsubscribeLinkChangesNothingAndTheOneClickPostTurnsTheTopicOff() throws Exception {
        Reader ada = reader("Ada Unsubscribes", NotificationTopic.REPLIES, NotificationTopic.DECISIONS);
        String link = "/en/unsubscribe/" + tokens.issue(ada.id(), NotificationTopic.REPLIES);
        var browser = new Browser(port);

        HttpResponse<String> asked = browser.get(link);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Stop emails about: Replies to my comments?");
        assertThat(asked.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        assertThat(wants(ada, NotificationTopic.REPLIES))
                .as("GET changes nothing")
                .isTrue();

        // a mail client's one-click POST (RFC 8058): no session, no CSRF token
        HttpResponse<String> done = new Browser(port).postRaw(link, "List-Unsubscribe=One-Click");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("You will get no more emails about: Replies to my comments.");
        assertThat(wants(ada, NotificationTopic.REPLIES)).isFalse();
        assertThat(wants(ada, NotificationTopic.DECISIONS))
                .as("other topics stay")
                .isTrue();

        HttpResponse<String> replayed = new Browser(port).postRaw(link, "List-Unsubscribe=One-Click");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(wants(ada, NotificationTopic.REPLIES)).isFalse();
        assertThat(wants(ada, NotificationTopic.DECISIONS)).isTrue();
    }

    @Test
    void theUnsubscribePageSpeaksTheEditionsLanguage() {
        Reader ada = reader("Ada Ru", NotificationTopic.REPLIES);
        String token = tokens.issue(ada.id(), NotificationTopic.REPLIES);
        assertThat(new Browser(port).get("/ru/unsubscribe/" + token).body()).contains("Отписаться");
        assertThat(new Browser(port).get("/es/unsubscribe/" + token).body()).contains("Darme de baja");
        assertThat(new Browser(port).get("/ar/unsubscribe/" + token).body()).contains("إلغاء الاشتراك");
    }

    @Test
    void forgedTruncatedAndOtherReadersTokensAreRefusedAndChangeNothing() {
        Reader ada = reader("Ada Forged", NotificationTopic.REPLIES, NotificationTopic.DECISIONS);
        Reader eve = reader("Eve", NotificationTopic.REPLIES);
        String eves = tokens.issue(eve.id(), NotificationTopic.REPLIES);
        String mac = eves.substring(eves.lastIndexOf('.') + 1);
        String forged = ada.id().value() + ".REPLIES." + mac;
        String otherTopic = eve.id().value() + ".DECISIONS." + mac;
        String valid = tokens.issue(ada.id(), NotificationTopic.REPLIES);
        String truncated = valid.substring(0, valid.length() - 1);
        String flipped = valid.substring(0, valid.length() - 1) + (valid.endsWith("A") ? "B" : "A");

        for (String token : List.of(forged, otherTopic, truncated, flipped)) {
            HttpResponse<String> get = new Browser(port).get("/en/unsubscribe/" + token);
            HttpResponse<String> post =
                    new Browser(port).postRaw("/en/unsubscribe/" + token, "List-Unsubscribe=One-Click");
            assertThat(get.statusCode()).as(token).isEqualTo(404);
            assertThat(post.statusCode()).as(token).isEqualTo(404);
        }
        HttpResponse<String> russian = new Browser(port).postRaw("/ru/unsubscribe/" + forged, "");
        assertThat(russian.statusCode()).isEqualTo(404);
        assertThat(russian.body()).contains("lang=\"ru\"");
        assertThat(wants(ada, NotificationTopic.REPLIES)).isTrue();
        assertThat(wants(ada, NotificationTopic.DECISIONS)).isTrue();
        assertThat(wants(eve, NotificationTopic.REPLIES)).isTrue();
    }

    @Test
    void hostileTokensAreAnsweredWithAClientErrorNeverAServerError() {
        Reader ada = reader("Ada Hostile", NotificationTopic.REPLIES);
        String valid = tokens.issue(ada.id(), NotificationTopic.REPLIES);
        List<String> hostile = List.of(
                "x".repeat(5_000),
                valid + "x".repeat(3_000),
                "%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82",
                "%C3%28%FF%FE",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "1'%20OR%20'1'%3D'1",
                "1.REPLIES.%00%00",
                "-1.REPLIES." + "A".repeat(43),
                "99999999999999999999999.REPLIES." + "A".repeat(43),
                "1.NOPE." + "A".repeat(43),
                "%2e%2e%2f%2e%2e%2fetc%2fpasswd");
        for (String token : hostile) {
            for (HttpResponse<String> answer : List.of(
                    new Browser(port).get("/en/unsubscribe/" + token),
                    new Browser(port).postRaw("/en/unsubscribe/" + token, "List-Unsubscribe=One-Click"))) {
                assertThat(answer.statusCode()).as(token).isBetween(400, 499);
                assertThat(answer.body()).as(token).doesNotContain("<script>alert(1)");
            }
        }
        assertThat(wants(ada, NotificationTopic.REPLIES)).isTrue();
    }

    @Test
    void twoNodesRacingForTheSameRowsMailThemOnce() throws Exception {
        Reader ada = reader("Ada Raced", NotificationTopic.REPLIES);
        Reader others = reader("Racing Replier");
        long parent = published(post(ada, null, "Is the night bus coming back?"));
        published(post(others, parent, "From March, the council says."));
        var barrier = new CyclicBarrier(2);
        Callable<Integer> racer = () -> {
            EmailSender node = node(Clock.systemUTC());
            barrier.await();
            return node.sendDue();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(racer);
            Future<Integer> second = pool.submit(racer);
            assertThat(first.get() + second.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(lettersTo(ada)).hasSize(1);
    }

    @Test
    void rowsANodeClaimedBeforeDyingAreSentByAnotherAfterTheLeaseOnceOnly() throws Exception {
        Reader ada = reader("Ada Restarted", NotificationTopic.REPLIES);
        Reader others = reader("Replier Before Crash");
        long parent = published(post(ada, null, "When does the harbour festival start?"));
        published(post(others, parent, "On the first Saturday of June."));
        Instant now = Instant.now();

        List<EmailQueue.Claimed> claimed =
                queue.claimDue(now, settings.delivery().lease(), 10);
        assertThat(claimed).hasSize(1); // the node dies here, before sending
        assertThat(sendAll(node(Clock.systemUTC())))
                .as("the dead node's claim holds until its lease runs out")
                .isZero();

        var afterLease = new MutableClock(now.plus(settings.delivery().lease()).plusSeconds(1));
        assertThat(sendAll(node(afterLease))).isEqualTo(1);
        assertThat(queue.finish(claimed.getFirst(), "SENT", now))
                .as("the dead node's late answer records nothing")
                .isFalse();
        assertThat(sendAll(node(afterLease))).isZero();
        assertThat(lettersTo(ada)).hasSize(1);
    }

    // --- helpers

    record Reader(AccountId id, String email) {}

    private Reader reader(String name, NotificationTopic... topics) {
        String email = "mail-" + UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, display_name, edition, status, created_at, session_stamp, confirmed_at)"
                        + " values (:email, :name, 'en', 'ACTIVE', :now, 0, :now)")
                .param("email", email)
                .param("name", name)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        AccountId id = new AccountId(jdbc.sql("select id from account where email = ?")
                .param(email)
                .query(Long.class)
                .single());
        jdbc.sql("insert into account_consent (account_id, policy_version, given_at) values (:id, :version, :now)")
                .param("id", id.value())
                .param("version", privacyPolicy.version())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        for (NotificationTopic topic : topics) {
            jdbc.sql(
                            "insert into account_notification (account_id, topic, channel, enabled) values (?, ?, 'EMAIL', true)")
                    .params(id.value(), topic.name())
                    .update();
        }
        return new Reader(id, email);
    }

    private boolean wants(Reader reader, NotificationTopic topic) {
        return accounts.addressee(reader.id(), topic).isPresent();
    }

    private int queued(Reader reader) {
        return jdbc.sql("select count(*) from email_notification where account_id = ?")
                .param(reader.id().value())
                .query(Integer.class)
                .single();
    }

    private Posting post(Reader author, Long parent, String text) {
        return postComment.post(
                new NewComment(author.id(), "en", article, parent, text, "k-" + UUID.randomUUID(), "198.51.100.9"));
    }

    private static long published(Posting posting) {
        assertThat(posting).isInstanceOf(Posting.Posted.class);
        Posting.Posted posted = (Posting.Posted) posting;
        assertThat(posted.status()).isEqualTo(CommentStatus.PUBLISHED);
        return posted.commentId();
    }

    private EmailSender node(Clock clock) {
        return new EmailSender(queue, letters, settings, clock);
    }

    private static int sendAll(EmailSender node) {
        return node.sendDue();
    }

    private static List<MimeMessage> lettersTo(Reader reader) {
        return MailServer.lettersTo(MAIL, reader.email());
    }

    private static MimeMessage only(Reader reader) {
        return MailServer.only(MAIL, reader.email());
    }

    private static String body(MimeMessage letter) {
        return MailServer.text(letter);
    }

    private static String unsubscribeLink(String body) {
        Matcher link = UNSUBSCRIBE.matcher(body);
        assertThat(link.find()).as("an unsubscribe link in the letter").isTrue();
        return link.group(1);
    }

    /** Statements of reasons go on a thread of their own after the decision's commit: waits for them. */
    private static List<MimeMessage> awaitLetters(Reader reader, int atLeast) {
        for (int attempt = 0; attempt < 100 && lettersTo(reader).size() < atLeast; attempt++) {
            MAIL.waitForIncomingEmail(100, 1);
        }
        return lettersTo(reader);
    }

    /**
     * Counts the commits that wrote, made on one thread while it runs a piece of work: the site's data source
     * is wrapped, and a connection counts a commit when a transaction in which it prepared an insert, update
     * or delete is committed (by {@code commit()}, or by {@code setAutoCommit(true)}, which commits too), or
     * when it prepares one in autocommit. Reads commit without waiting for the disk, so they are not counted.
     */
    static final class WriteCommits implements BeanPostProcessor {

        private final AtomicInteger commits = new AtomicInteger();
        private volatile Thread counted;

        /** The commits that wrote while {@code work} ran on this thread (other threads' are not counted). */
        int countedFor(Runnable work) {
            int before = commits.get();
            counted = Thread.currentThread();
            try {
                work.run();
            } finally {
                counted = null;
            }
            return commits.get() - before;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof DataSource source)) {
                return bean;
            }
            return Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (method.getName().equals("equals")) {
                            return proxy == args[0];
                        }
                        if (method.getName().equals("hashCode")) {
                            return System.identityHashCode(proxy);
                        }
                        Object result = invoke(method, source, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }

        private Connection counting(Connection connection) {
            boolean[] wrote = {false};
            return (Connection) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "prepareStatement", "prepareCall" -> {
                                if (isWrite((String) args[0])) {
                                    if (connection.getAutoCommit()) {
                                        count();
                                    } else {
                                        wrote[0] = true;
                                    }
                                }
                            }
                            case "commit" -> {
                                if (wrote[0]) {
                                    count();
                                }
                                wrote[0] = false;
                            }
                            case "rollback" -> {
                                if (args == null) {
                                    wrote[0] = false;
                                }
                            }
                            case "setAutoCommit" -> {
                                if ((boolean) args[0] && !connection.getAutoCommit() && wrote[0]) {
                                    count();
                                }
                                if ((boolean) args[0]) {
                                    wrote[0] = false;
                                }
                            }
                            default -> {}
                        }
                        return invoke(method, connection, args);
                    });
        }

        private void count() {
            if (Thread.currentThread() == counted) {
                commits.incrementAndGet();
            }
        }

        private static boolean isWrite(String sql) {
            String statement = sql.strip().toLowerCase(Locale.ROOT);
            return statement.startsWith("insert")
                    || statement.startsWith("update")
                    || statement.startsWith("delete")
                    || statement.startsWith("merge");
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
