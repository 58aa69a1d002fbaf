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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void twoNodesRacingForTheSameLetterSendItOnce() throws Exception {
        String author = reader("Raced Letter");
        assertThat(rejected(published(author, "The swimming pool closes too early.")))
                .isTrue();
        var barrier = new CyclicBarrier(2);
        Callable<Integer> racer = () -> {
            OutboxSender node = node(Clock.systemUTC());
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
        assertThat(lettersTo(author)).hasSize(1);
    }

    @Test
    void aLetterANodeClaimedBeforeDyingIsSentByAnotherAfterTheLeaseOnceOnly() {
        String author = reader("Claimed Then Crashed");
        assertThat(rejected(published(author, "Street lights on Elm Road are out.")))
                .isTrue();
        Instant now = Instant.now();

        Outbox.Claimed claimed = outbox.claimDue(now, settings.lease(), 10);
        assertThat(claimed.letters()).hasSize(1); // the node dies here, before sending
        assertThat(node(new MutableClock(now.plusSeconds(1))).sendDue())
                .as("the dead node's claim holds until its lease runs out")
                .isZero();

        var afterLease = new MutableClock(now.plus(settings.lease()).plusSeconds(1));
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
        List<MimeMessage> letters = lettersTo(address);
        assertThat(letters).hasSize(1);
        return letters.getFirst();
    }
}
