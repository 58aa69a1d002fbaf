package io.tribune.discussion;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Readers who may comment, made straight in the accounts tables (registration is the accounts tests'
 * business), and the network addresses they post from: one each, so the per-address flood rule sees
 * many readers rather than one machine posting fast.
 */
final class Commenters {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PrivacyPolicy policy;

    Commenters(JdbcClient jdbc, PrivacyPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** A confirmed reader who agreed to the privacy policy in force. */
    AccountId confirmed(String displayName) {
        AccountId id = unconfirmed(displayName);
        jdbc.sql("update account set confirmed_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now()))
                .param("id", id.value())
                .update();
        jdbc.sql("insert into account_consent (account_id, policy_version, given_at) values (:id, :version, :now)")
                .param("id", id.value())
                .param("version", policy.version())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** Gives the reader a password hashed as the site hashes them, so a test can log in through the form. */
    void password(AccountId id, String hash) {
        jdbc.sql("update account set password_hash = :hash where id = :id")
                .param("hash", hash)
                .param("id", id.value())
                .update();
    }

    String email(AccountId id) {
        return jdbc.sql("select email from account where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    /** A reader who registered but never confirmed the address. */
    AccountId unconfirmed(String displayName) {
        int n = SEQUENCE.incrementAndGet();
        jdbc.sql("""
                        insert into account (email, display_name, edition, status, created_at, session_stamp)
                        values (:email, :name, 'en', 'ACTIVE', :now, 0)""")
                .param("email", "commenter-" + n + "-" + System.nanoTime() + "@example.org")
                .param("name", displayName)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return new AccountId(
                jdbc.sql("select max(id) from account").query(Long.class).single());
    }

    /** An editor's "closed now" for the article's discussion, as the newsroom stores it. */
    void closeDiscussion(long articleId) {
        jdbc.sql("update article set discussion_closing = 'CLOSED', discussion_until = current_timestamp where id = ?")
                .param(articleId)
                .update();
    }

    /** The article's discussion back under the edition's rule. */
    void reopenDiscussion(long articleId) {
        jdbc.sql("update article set discussion_closing = null, discussion_until = null where id = ?")
                .param(articleId)
                .update();
    }

    /** A comment of the English edition as its screening left it (a reply answers a first comment); its id. */
    long stored(long articleId, AccountId author, Long parent, String body, String status) {
        jdbc.sql("""
                        insert into comment (article_id, edition, author_id, parent_id, thread_id, body, status,
                          decision, policy_version, submit_key, created_at, screened_at)
                        values (?, 'en', ?, ?, ?, ?, ?, '{}', 'test', ?, current_timestamp, current_timestamp)""")
                .params(
                        articleId,
                        author.value(),
                        parent,
                        parent,
                        body,
                        status,
                        UUID.randomUUID().toString())
                .update();
        long id = jdbc.sql("select max(id) from comment").query(Long.class).single();
        if (parent == null) {
            jdbc.sql("update comment set thread_id = id where id = ?").param(id).update();
        }
        return id;
    }

    static String address() {
        int n = SEQUENCE.incrementAndGet();
        return "198.51." + (n / 250) % 250 + "." + (n % 250 + 1);
    }

    /** The newest published article of the edition. */
    long article(String edition) {
        return publishedArticle(edition, 0);
    }

    /** The oldest published article of the edition (the demo's are up to nine days old). */
    long oldestArticle(String edition) {
        return jdbc.sql("select id from article where edition = :edition order by published_at fetch first 1 rows only")
                .param("edition", edition)
                .query(Long.class)
                .single();
    }

    /** Another published article of the edition than the newest. */
    long otherArticle(String edition) {
        return publishedArticle(edition, 1);
    }

    private long publishedArticle(String edition, int newer) {
        return jdbc.sql("select id from article where edition = :edition and published_at <= :now"
                        + " order by published_at desc offset " + newer + " rows fetch first 1 rows only")
                .param("edition", edition)
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }
}
