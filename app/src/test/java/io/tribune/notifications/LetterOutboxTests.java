package io.tribune.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.NewComment;
import io.tribune.discussion.PostComment;
import io.tribune.discussion.Posting;
import io.tribune.editions.Editions;
import io.tribune.moderation.ModerationQueue;
import io.tribune.support.MailServer;
import io.tribune.support.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owed letters' outbox from a moderator's decision to a real SMTP server (GreenMail): the letter is
 * queued in the decision's transaction (none when it rolls back), sent once, kept and tried again with
 * backoff while the mail server is down, sent by one of two nodes racing for it, and arrives as plain
 * text and HTML saying the same, escaped, right to left in Arabic. The running sender is off; each test
 * drives senders ("nodes") of its own with clocks of their own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:letter-outbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.base-url=https://news.tribune.test",
            "tribune.media.root=target/test-media",
            "tribune.mail.from=Tribune <no-reply@tribune.test>",
            "tribune.mail.sending=false",
            "tribune.mail.outbox.sending=false"
        })
class LetterOutboxTests {

    static final GreenMail MAIL = MailServer.started();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailServer.sendTo(MAIL, registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PostComment postComment;

    @Autowired
    ModerationQueue moderation;

    @Autowired
    PrivacyPolicy privacyPolicy;

    @Autowired
    Outbox outbox;

    @Autowired
    Postbox postbox;

    @Autowired
    OutboxSettings settings;

    @Autowired
    LetterOutbox letters;

    @Autowired
    Editions editions;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    long article;

    @BeforeEach
    void anArticleAndAnEmptyOutbox() {
        article = jdbc.sql("select id from article where edition = 'en' order by published_at desc"
                        + " fetch first 1 rows only")
                .query(Long.class)
                .single();
        jdbc.sql("delete from letter_outbox").update();
    }

    @Test
    void aRejectionsStatementOfReasonsIsQueuedWithTheDecisionAndSentOnce() {
        String author = reader("Rejected Once");
        long comment = published(author, "The harbour car park should be free on Sundays.");

        assertThat(rejected(comment)).isTrue();
        assertThat(waiting(author)).as("queued with the decision").isEqualTo(1);
        assertThat(lettersTo(author)).as("nothing sent before a node sends it").isEmpty();

        assertThat(node(Clock.systemUTC()).sendDue()).isEqualTo(1);
        assertThat(node(Clock.systemUTC()).sendDue()).as("sent once").isZero();

        MimeMessage letter = only(author);
        assertThat(MailServer.subject(letter)).isEqualTo("Tribune: statement of reasons");
        assertThat(MailServer.text(letter)).contains("https://news.tribune.test/en/statements/");
        assertThat(waiting(author)).isZero();
    }

    @Test
    void whileTheMailServerIsDownTheLetterWaitsWithBackoffAndGoesWhenItIsBack() throws Exception {
        String author = reader("Waits For Mail");
        assertThat(rejected(published(author, "The ferry timetable is wrong again.")))
                .isTrue();
        // rounded up: the letter was queued a moment ago, with microseconds, and must be due now
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        OutboxSender down = new OutboxSender(outbox, unreachable(), settings, new MutableClock(now));

        assertThat(down.sendDue()).isZero();
        assertThat(nextAttempt(author)).isEqualTo(now.plus(settings.retryAfter()));
        assertThat(node(new MutableClock(now.plusSeconds(1))).sendDue())
                .as("not tried again before its time")
                .isZero();
        Instant second = now.plus(settings.retryAfter());
        assertThat(new OutboxSender(outbox, unreachable(), settings, new MutableClock(second)).sendDue())
                .isZero();
        assertThat(nextAttempt(author))
                .as("the wait doubles")
                .isEqualTo(second.plus(settings.retryAfter().multipliedBy(2)));
        assertThat(lettersTo(author)).isEmpty();

        Instant back = second.plus(settings.retryAfter().multipliedBy(2));
        assertThat(node(new MutableClock(back)).sendDue()).isEqualTo(1);
        assertThat(node(new MutableClock(back)).sendDue()).isZero();
        assertThat(lettersTo(author)).hasSize(1);
    }

    @Test
    void aLetterTheMailServerNeverTakesIsGivenUpAfterTheLastAttempt() throws Exception {
        String author = reader("Never Delivered");
        assertThat(rejected(published(author, "Who cleans the beach after the festival?")))
                .isTrue();
        Instant at = Instant.now();
        for (int attempt = 0; attempt < settings.maxAttempts(); attempt++) {
            new OutboxSender(outbox, unreachable(), settings, new MutableClock(at)).sendDue();
            at = at.plus(Duration.ofDays(1));
        }

        assertThat(jdbc.sql("select outcome from letter_outbox where recipient = ?")
                        .param(author)
                        .query(String.class)
                        .single())
                .isEqualTo("GAVE_UP");
        assertThat(node(new MutableClock(at)).sendDue()).isZero();
        assertThat(lettersTo(author)).isEmpty();
    }

    @Test
    void aDecisionRolledBackLeavesNoLetter() {
        String author = reader("Rolled Back");
        long comment = published(author, "The new cycle lane on the bridge is too narrow.");

        var transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            assertThat(rejected(comment)).isTrue();
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select status from comment where id = ?")
                        .param(comment)
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLISHED");
        assertThat(waiting(author)).isZero();
        assertThat(node(Clock.systemUTC()).sendDue()).isZero();
        assertThat(lettersTo(author)).isEmpty();
    }

    /**
     * The race that matters, made to happen rather than hoped for: a second node picks the letter while the
     * first node's claim of it is not yet committed, and so has to wait for that claim's lock. When the
     * first commits, the second's update must find the letter held and take nothing (the database checks
     * the update's condition again on the row it waited for).
     */
    @Test
    void aNodeThatWaitedForAnotherNodesClaimTakesNothingAndTheLetterGoesOnce() throws Exception {
        String author = reader("Raced Letter");
        assertThat(rejected(published(author, "The swimming pool closes too early.")))
                .isTrue();
        Instant now = Instant.now();
        var claimed = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var firstSession = new AtomicReference<String>();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Outbox.Claimed> first = nodes.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                firstSession.set(session());
                Outbox.Claimed round = outbox.claimDue(now, settings.delivery().lease(), 10);
                claimed.countDown();
                awaitQuietly(commit);
                return round;
            }));
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Outbox.Claimed> second =
                    nodes.submit(() -> outbox.claimDue(now, settings.delivery().lease(), 10));
            awaitWaitingFor(firstSession.get(), second);
            commit.countDown();

            assertThat(first.get().letters()).hasSize(1);
            assertThat(second.get().letters())
                    .as("the letter the first node claimed while the second waited")
                    .isEmpty();
            assertThat(outbox.sent(first.get(), first.get().letters().getFirst(), now))
                    .isTrue();
        } finally {
            commit.countDown();
            nodes.shutdownNow();
        }
        assertThat(node(Clock.systemUTC()).sendDue()).isZero();
        assertThat(waiting(author)).isZero();
    }

    @Test
    void aLetterANodeClaimedBeforeDyingIsSentByAnotherAfterTheLeaseOnceOnly() {
        String author = reader("Claimed Then Crashed");
        assertThat(rejected(published(author, "Street lights on Elm Road are out.")))
                .isTrue();
        Instant now = Instant.now();

        Outbox.Claimed claimed = outbox.claimDue(now, settings.delivery().lease(), 10);
        assertThat(claimed.letters()).hasSize(1); // the node dies here, before sending
        assertThat(node(new MutableClock(now.plusSeconds(1))).sendDue())
                .as("the dead node's claim holds until its lease runs out")
                .isZero();

        var afterLease = new MutableClock(now.plus(settings.delivery().lease()).plusSeconds(1));
        assertThat(node(afterLease).sendDue()).isEqualTo(1);
        assertThat(outbox.sent(claimed, claimed.letters().getFirst(), now))
                .as("the dead node's late answer records nothing")
                .isFalse();
        assertThat(lettersTo(author)).hasSize(1);
    }

    @Test
    void theLetterArrivesAsTextAndTheSameInEscapedHtml() throws Exception {
        String to = "markup-" + UUID.randomUUID() + "@example.org";
        String reason = "Your <b>comment</b> & \"quote\" <script>alert(1)</script>' OR '1'='1";

        letters.queue(to, editions.find("en").orElseThrow(), "moderation.mail.refused", "https://x.test/en", reason);
        assertThat(node(Clock.systemUTC()).sendDue()).isEqualTo(1);

        MimeMessage letter = only(to);
        assertThat(letter.isMimeType("multipart/alternative")).isTrue();
        assertThat(MailServer.text(letter)).contains(reason);
        String html = MailServer.html(letter);
        assertThat(html)
                .contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("Your &lt;b&gt;comment&lt;/b&gt; &amp; &quot;quote&quot;"
                        + " &lt;script&gt;alert(1)&lt;/script&gt;&#39; OR &#39;1&#39;=&#39;1")
                .doesNotContain("<script>")
                .doesNotContain("<b>comment")
                .contains("<a href=\"https://x.test/en\">https://x.test/en</a>");
    }

    @Test
    void anArabicLetterIsWrittenRightToLeftInArabic() throws Exception {
        String to = "arabic-" + UUID.randomUUID() + "@example.org";

        letters.queue(to, editions.find("ar").orElseThrow(), "moderation.mail.refused", "https://x.test/ar", "لا");
        assertThat(node(Clock.systemUTC()).sendDue()).isEqualTo(1);

        String html = MailServer.html(only(to));
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">").contains("<body dir=\"rtl\">");
        assertThat(MailServer.text(only(to))).contains("لا");
    }

    // --- helpers

    private OutboxSender node(Clock clock) {
        return new OutboxSender(outbox, postbox, settings, clock);
    }

    /** A mail server that is down: nothing listens on the port. */
    private static Postbox unreachable() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(port);
        return new SmtpPostbox(smtp, "Tribune <no-reply@tribune.test>");
    }

    private String reader(String name) {
        String email = "outbox-" + UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, display_name, edition, status, created_at, session_stamp, confirmed_at)"
                        + " values (:email, :name, 'en', 'ACTIVE', :now, 0, :now)")
                .param("email", email)
                .param("name", name)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("insert into account_consent (account_id, policy_version, given_at) values (:id, :version, :now)")
                .param("id", account(email).value())
                .param("version", privacyPolicy.version())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return email;
    }

    private AccountId account(String email) {
        return new AccountId(jdbc.sql("select id from account where email = ?")
                .param(email)
                .query(Long.class)
                .single());
    }

    private long published(String author, String text) {
        Posting posting = postComment.post(
                new NewComment(account(author), "en", article, null, text, "k-" + UUID.randomUUID(), "198.51.100.9"));
        assertThat(posting).isInstanceOf(Posting.Posted.class);
        assertThat(((Posting.Posted) posting).status()).isEqualTo(CommentStatus.PUBLISHED);
        return ((Posting.Posted) posting).commentId();
    }

    private boolean rejected(long comment) {
        String moderator = reader("Outbox Moderator");
        jdbc.sql("insert into account_role (account_id, role, edition, granted_at) values (?, 'MODERATOR', 'en', ?)")
                .params(account(moderator).value(), Timestamp.from(Instant.now()))
                .update();
        return moderation
                .reject(account(moderator), "en", comment, "PUBLISHED", "trolling", "Personal attacks.")
                .isDone();
    }

    /** This connection's session as the database names it. */
    private String session() {
        String query =
                isPostgres() ? "select cast(pg_backend_pid() as varchar)" : "select cast(session_id() as varchar)";
        return jdbc.sql(query).query(String.class).single();
    }

    /**
     * Waits until the database shows {@code waiting} blocked by the session {@code holder}, and fails if it
     * never is (or finished without waiting: then the race did not happen and the test proves nothing).
     */
    private void awaitWaitingFor(String holder, Future<?> waiting) throws InterruptedException {
        String blocked = isPostgres()
                ? "select count(*) from pg_stat_activity where cast(:holder as integer) = any(pg_blocking_pids(pid))"
                : "select count(*) from information_schema.sessions where cast(blocker_id as varchar) = :holder";
        for (int look = 0; look < 3_000; look++) {
            if (waiting.isDone()) {
                throw new AssertionError(
                        "the second claim went ahead without waiting for the first: " + outcome(waiting));
            }
            if (jdbc.sql(blocked).param("holder", holder).query(Integer.class).single() > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the second claim never waited for the first");
    }

    private static String outcome(Future<?> done) {
        try {
            return String.valueOf(done.get());
        } catch (Exception e) {
            return e.toString();
        }
    }

    private boolean isPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int waiting(String to) {
        return jdbc.sql("select count(*) from letter_outbox where recipient = ? and sent_at is null")
                .param(to)
                .query(Integer.class)
                .single();
    }

    private Instant nextAttempt(String to) {
        return jdbc.sql("select next_attempt_at from letter_outbox where recipient = ?")
                .param(to)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private static List<MimeMessage> lettersTo(String address) {
        return MailServer.lettersTo(MAIL, address);
    }

    private static MimeMessage only(String address) {
        return MailServer.only(MAIL, address);
    }
}
