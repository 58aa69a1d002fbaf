package io.tribune.notifications.email;

import io.tribune.notifications.Lease;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notification mails waiting to go (table {@code email_notification}), gathered per reader and
 * kind. Every change here is one statement that holds only when the rows are as expected, so that
 * several nodes can share the queue without locks held across a letter's sending: a reader's rows of a
 * kind are claimed together by a {@link Lease}.
 */
@Repository
class EmailQueue {

    /** What a letter is about. */
    enum Kind {
        REPLY,
        APPROVAL
    }

    /** One reply or approved comment waiting to be mailed to {@code accountId}. */
    record Item(
            long id, long accountId, Kind kind, String edition, long articleId, long commentId, Instant createdAt) {}

    /** The rows of one reader and kind one node claimed; only this claim may record their fate. */
    record Claimed(String claim, long accountId, Kind kind, List<Item> items) {}

    private final JdbcClient jdbc;
    private final Lease claims;

    EmailQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.claims = new Lease(jdbc, "email_notification");
    }

    /**
     * Queues the comment for the reader. It joins the letter already waiting for them, if any; else it is
     * due at once, or when {@code window} has passed since their last letter of this kind. The same
     * comment queued again (an event heard again) is kept once, without a failed statement: the caller may
     * be inside another's transaction.
     */
    void add(long accountId, Kind kind, String edition, long articleId, long commentId, Instant now, Duration window) {
        Instant due = jdbc
                .sql("select min(due_at) from email_notification"
                        + " where account_id = :account and kind = :kind and sent_at is null")
                .param("account", accountId)
                .param("kind", kind.name())
                .query(Timestamp.class)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(Timestamp::toInstant)
                .orElseGet(() -> lastSent(accountId, kind)
                        .map(sent -> sent.plus(window))
                        .filter(end -> end.isAfter(now))
                        .orElse(now));
        boolean queued = jdbc.sql("select count(*) from email_notification where account_id = :account"
                                + " and kind = :kind and comment_id = :comment")
                        .param("account", accountId)
                        .param("kind", kind.name())
                        .param("comment", commentId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (queued) {
            return; // the same comment for the same reader: one line in one letter is enough
        }
        jdbc.sql("insert into email_notification (account_id, kind, edition, article_id, comment_id, created_at,"
                        + " due_at) values (:account, :kind, :edition, :article, :comment, :now, :due)")
                .param("account", accountId)
                .param("kind", kind.name())
                .param("edition", edition)
                .param("article", articleId)
                .param("comment", commentId)
                .param("now", Timestamp.from(now))
                .param("due", Timestamp.from(due))
                .update();
    }

    /**
     * Claims the due rows of up to {@code limit} readers, each reader's rows of a kind together. A group
     * another node claims first (or claimed and has not given up) is skipped.
     */
    List<Claimed> claimDue(Instant now, Duration lease, int limit) {
        record Group(long accountId, String kind) {}
        List<Group> due = jdbc.sql("select account_id, kind from email_notification where sent_at is null"
                        + " and due_at <= :now and " + Lease.FREE
                        + " group by account_id, kind order by min(due_at) limit :limit")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getString(2)))
                .list();
        return due.stream()
                .map(group -> claim(group.accountId(), Kind.valueOf(group.kind()), now, lease))
                .filter(claimed -> !claimed.items().isEmpty())
                .toList();
    }

    private Claimed claim(long accountId, Kind kind, Instant now, Duration lease) {
        String claim = claims.claim(
                "account_id = :account and kind = :kind and due_at <= :now",
                Map.of("account", accountId, "kind", kind.name()),
                now,
                lease);
        List<Item> items = claims.held(
                claim,
                "id, account_id, kind, edition, article_id, comment_id, created_at",
                (rs, n) -> new Item(
                        rs.getLong(1),
                        rs.getLong(2),
                        Kind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getTimestamp(7).toInstant()));
        return new Claimed(claim, accountId, kind, items);
    }

    /**
     * Records the claim's rows as done ({@code outcome} SENT or SKIPPED); false when the claim was lost
     * meanwhile (its lease ran out and another node took the rows), and nothing is recorded.
     */
    boolean finish(Claimed claimed, String outcome, Instant now) {
        int done = claims.settle(
                claimed.claim(),
                "sent_at = :now, outcome = :outcome",
                "1 = 1",
                Map.of("now", Timestamp.from(now), "outcome", outcome));
        if (done > 0 && outcome.equals("SENT")) {
            sent(claimed.accountId(), claimed.kind(), now);
        }
        return done > 0;
    }

    /** Gives the claim's rows back, to be tried at the next round (the mail server did not take the letter). */
    void release(Claimed claimed) {
        claims.release(claimed.claim());
    }

    /** Forgets a purged account's letters, sent and waiting. */
    void forget(long accountId) {
        jdbc.sql("delete from email_notification where account_id = ?")
                .params(accountId)
                .update();
        jdbc.sql("delete from email_window where account_id = ?")
                .params(accountId)
                .update();
    }

    private Optional<Instant> lastSent(long accountId, Kind kind) {
        return jdbc.sql("select sent_at from email_window where account_id = :account and kind = :kind")
                .param("account", accountId)
                .param("kind", kind.name())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    private void sent(long accountId, Kind kind, Instant now) {
        int updated = jdbc.sql("update email_window set sent_at = :now where account_id = :account and kind = :kind")
                .param("now", Timestamp.from(now))
                .param("account", accountId)
                .param("kind", kind.name())
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into email_window (account_id, kind, sent_at) values (:account, :kind, :now)")
                        .param("account", accountId)
                        .param("kind", kind.name())
                        .param("now", Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException anotherNodeFirst) {
                sent(accountId, kind, now);
            }
        }
    }
}
