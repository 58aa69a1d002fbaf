package io.tribune.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Letters already written and waiting to go (table {@code letter_outbox}): the ones the site owes a
 * reader, queued in the transaction of the decision they tell of, so that a rolled-back decision leaves
 * none and a committed one keeps its letter through a crash. Nodes share the table as they share the
 * notification mail queue: a letter is claimed with an update that holds only while nobody holds it
 * (claim, claimed_until), and only the claim may record what became of it.
 */
@Repository
class Outbox {

    /** A letter one node claimed, with the attempts made before this one. */
    record Waiting(long id, String to, String subject, String text, String html, int attempts) {

        Letter letter() {
            return new Letter(to, subject, text, html, Map.of());
        }
    }

    /** The letters one round of one node claimed; only this claim may record their fate. */
    record Claimed(String claim, List<Waiting> letters) {}

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the letter, due at once; part of the caller's transaction when there is one. */
    void add(Letter letter, String edition, String language, Instant now) {
        jdbc.sql("insert into letter_outbox (recipient, subject, text_body, html_body, edition, language,"
                        + " created_at, next_attempt_at) values (:to, :subject, :text, :html, :edition, :language,"
                        + " :now, :now)")
                .param("to", letter.to())
                .param("subject", letter.subject())
                .param("text", letter.body())
                .param("html", letter.html())
                .param("edition", edition)
                .param("language", language)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Claims up to {@code limit} due letters nobody holds; of two nodes racing for one, one gets it. */
    Claimed claimDue(Instant now, Duration lease, int limit) {
        String claim = UUID.randomUUID().toString();
        String due = "sent_at is null and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)";
        jdbc.sql("update letter_outbox set claim = :claim, claimed_until = :until where " + due
                        + " and id in (select id from letter_outbox where " + due
                        + " order by next_attempt_at, id limit :limit)")
                .param("claim", claim)
                .param("until", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .update();
        List<Waiting> letters = jdbc.sql("select id, recipient, subject, text_body, html_body, attempts"
                        + " from letter_outbox where claim = :claim and sent_at is null order by id")
                .param("claim", claim)
                .query((rs, n) -> new Waiting(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .list();
        return new Claimed(claim, letters);
    }

    /** Records the letter sent; false when the claim was lost meanwhile, and nothing is recorded. */
    boolean sent(Claimed claimed, Waiting letter, Instant now) {
        return jdbc.sql("update letter_outbox set sent_at = :now, outcome = 'SENT', attempts = attempts + 1,"
                                + " claim = null, claimed_until = null where id = :id and claim = :claim"
                                + " and sent_at is null")
                        .param("now", Timestamp.from(now))
                        .param("id", letter.id())
                        .param("claim", claimed.claim())
                        .update()
                > 0;
    }

    /** The mail server did not take the letter: tried again at {@code next}. */
    void retryAt(Claimed claimed, Waiting letter, Instant next) {
        jdbc.sql("update letter_outbox set attempts = attempts + 1, next_attempt_at = :next, claim = null,"
                        + " claimed_until = null where id = :id and claim = :claim and sent_at is null")
                .param("next", Timestamp.from(next))
                .param("id", letter.id())
                .param("claim", claimed.claim())
                .update();
    }

    /** The mail server refused the letter every time it was tried: given up on, never sent. */
    void giveUp(Claimed claimed, Waiting letter, Instant now) {
        jdbc.sql("update letter_outbox set attempts = attempts + 1, sent_at = :now, outcome = 'GAVE_UP',"
                        + " claim = null, claimed_until = null where id = :id and claim = :claim and sent_at is null")
                .param("now", Timestamp.from(now))
                .param("id", letter.id())
                .param("claim", claimed.claim())
                .update();
    }

    /** Forgets the letters done before {@code before}: their addresses and words are kept no longer than needed. */
    void forgetDone(Instant before) {
        jdbc.sql("delete from letter_outbox where sent_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }
}
