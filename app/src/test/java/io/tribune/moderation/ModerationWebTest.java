package io.tribune.moderation;

import com.icegreen.greenmail.util.GreenMail;
import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.discussion.CommentPosted;
import io.tribune.discussion.CommentStatus;
import io.tribune.support.Browser;
import io.tribune.support.FormReaders;
import io.tribune.support.MailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running site with the demo articles, a real SMTP server (GreenMail) and the Russian edition
 * pre-moderating readers' first comments, shared by the moderation web tests. Readers, moderators and
 * comments are made straight in the tables (their making is the accounts and discussion tests'
 * business); each test makes its own, so tests need no clean-up between them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:moderation-web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "tribune.demo.enabled=true",
            "tribune.media.root=target/test-media",
            "tribune.views.flush-interval=PT1H",
            "tribune.base-url=http://news.tribune.test",
            "tribune.mail.from=Tribune <no-reply@tribune.test>",
            "tribune.discussion.open-for=30d",
            "tribune.moderation.policy=src/test/resources/policies/premoderated-ru.yaml"
        })
@Import(ModerationStatements.class)
abstract class ModerationWebTest {

    static final GreenMail MAIL = MailServer.started();
    static final String PASSWORD = "a moderation test passphrase";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** A decision record in the engine's form: profanity found at "damn" (offsets 5 to 9). */
    static final String PROFANITY_RECORD = "{\"id\":\"1\",\"decision\":\"hold\",\"rules\":[{\"rule\":\"profanity\","
            + "\"score\":0.91,\"action\":\"hold\",\"evidence\":[{\"start\":5,\"end\":9,\"match\":\"damn\","
            + "\"term\":\"damn\"}]}],\"language\":\"en\",\"message\":\"held\",\"micros\":120}";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailServer.sendTo(MAIL, registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyPolicy policy;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void forgetQuotasAndFailures() {
        jdbc.sql("delete from request_quota").update();
        jdbc.sql("delete from login_attempt").update();
    }

    /** A confirmed reader of the edition who agreed to the privacy policy and can log in with {@link #PASSWORD}. */
    AccountId reader(String name, String edition) {
        int n = SEQUENCE.incrementAndGet();
        jdbc.sql("""
                        insert into account (email, display_name, edition, status, created_at, session_stamp,
                          confirmed_at, password_hash)
                        values (:email, :name, :edition, 'ACTIVE', :now, 0, :now, :hash)""")
                .param("email", "moderation-" + n + "-" + System.nanoTime() + "@example.org")
                .param("name", name)
                .param("edition", edition)
                .param("now", Timestamp.from(Instant.now()))
                .param("hash", passwords.encode(PASSWORD))
                .update();
        AccountId id = new AccountId(
                jdbc.sql("select max(id) from account").query(Long.class).single());
        jdbc.sql("insert into account_consent (account_id, policy_version, given_at) values (:id, :version, :now)")
                .param("id", id.value())
                .param("version", policy.version())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    AccountId moderator(String name, String edition) {
        AccountId id = reader(name, edition);
        grant(id, "MODERATOR", edition);
        return id;
    }

    AccountId admin(String name) {
        AccountId id = reader(name, "en");
        grant(id, "ADMIN", null);
        return id;
    }

    void grant(AccountId id, String role, String edition) {
        jdbc.sql("insert into account_role (account_id, role, edition, granted_at) values (:id, :role, :edition, :now)")
                .param("id", id.value())
                .param("role", role)
                .param("edition", edition)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    String email(AccountId id) {
        return jdbc.sql("select email from account where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    /**
     * A client signed in as the account. Its forms' token is the session's: tests take it from the
     * reader's account page, which always has a form, rather than from a queue that may be empty.
     */
    Browser signedIn(AccountId id) {
        return FormReaders.logIn(new Browser(port), "en", email(id), PASSWORD);
    }

    long article(String edition) {
        return jdbc.sql("select id from article where edition = :edition and published_at <= :now"
                        + " order by published_at desc fetch first 1 rows only")
                .param("edition", edition)
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }

    /** A comment stored as the discussion stores one its screening held, with the given decision record. */
    long comment(
            long article, String edition, AccountId author, String status, String rule, String body, String record) {
        jdbc.sql("""
                        insert into comment (article_id, edition, author_id, body, status, rule, decision,
                          policy_version, submit_key, created_at, screened_at)
                        values (:article, :edition, :author, :body, :status, :rule, :decision, 'test', :key, :now, :now)""")
                .param("article", article)
                .param("edition", edition)
                .param("author", author.value())
                .param("body", body)
                .param("status", status)
                .param("rule", rule)
                .param("decision", record)
                .param("key", "key-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        long id = jdbc.sql("select max(id) from comment").query(Long.class).single();
        jdbc.sql("update comment set thread_id = id where id = :id")
                .param("id", id)
                .update();
        return id;
    }

    long heldComment(String edition, AccountId author) {
        return comment(article(edition), edition, author, "HELD", "profanity", "What damn nonsense.", PROFANITY_RECORD);
    }

    static final String MOB_TEXT = "Everyone must write to the editor today and demand this article is removed";

    /**
     * Held flash-mob comments by the authors, each naming the ones before it as near-identical, and
     * announced as the discussion announces a comment it held (which files it into its cluster).
     */
    List<Long> cluster(String edition, AccountId... authors) {
        long article = article(edition);
        List<Long> ids = new ArrayList<>();
        for (AccountId author : authors) {
            ids.add(mobMember(article, edition, author, ids));
        }
        return ids;
    }

    /**
     * A held flash-mob comment whose decision names the comments as near-identical (as the engine does,
     * at most 20 of them), announced as the discussion announces a comment it held.
     */
    long mobMember(long article, String edition, AccountId author, List<Long> similar) {
        String named = similar.subList(Math.max(0, similar.size() - 20), similar.size()).stream()
                .map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(","));
        String record = "{\"decision\":\"hold\",\"rules\":[{\"rule\":\"flash_mob\",\"score\":0.97,"
                + "\"action\":\"hold\",\"evidence\":[{\"similar\":[" + named + "],\"similarity\":0.93,"
                + "\"accounts\":" + (similar.size() + 1) + "}]}],\"language\":\"en\"}";
        long id = comment(article, edition, author, "HELD", "flash_mob", MOB_TEXT, record);
        transaction.executeWithoutResult(
                tx -> events.publishEvent(new CommentPosted(id, article, edition, author.value(), CommentStatus.HELD)));
        return id;
    }

    String status(long comment) {
        return jdbc.sql("select status from comment where id = :id")
                .param("id", comment)
                .query(String.class)
                .single();
    }

    int auditCount(String targetType, long target) {
        return jdbc.sql("select count(*) from moderation_audit where target_type = :type and target_id = :id")
                .param("type", targetType)
                .param("id", target)
                .query(Integer.class)
                .single();
    }

    int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    /** The newest letter to the address whose subject contains the words, waiting for it a while. */
    Optional<MimeMessage> letterTo(String email, String subjectPart) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Optional<MimeMessage> found = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> recipients(m).contains(email.toLowerCase()))
                    .filter(m -> subject(m).contains(subjectPart))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found;
            }
            // letters are sent after the commit on a thread of their own: look again a little later
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    static String body(MimeMessage letter) {
        return MailServer.text(letter);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(a -> a.toString().toLowerCase())
                    .toList();
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
