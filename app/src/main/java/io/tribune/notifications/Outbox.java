package io.tribune.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Letters already written and waiting to go (table {@code letter_outbox}): the ones the site owes a
 * reader, queued in the transaction of the decision they tell of, so that a rolled-back decision leaves
 * none and a committed one keeps its letter through a crash. Nodes share the table as they share the
 * notification mail queue, each letter claimed on its own by a {@link Lease}.
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
    private final Lease claims;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.claims = new Lease(jdbc, "letter_outbox");
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
        String claim = claims.claim(
                "next_attempt_at <= :now and id in (select id from letter_outbox where sent_at is null"
                        + " and next_attempt_at <= :now and " + Lease.FREE
                        + " order by next_attempt_at, id limit :limit)",
                Map.of("limit", limit),
                now,
                lease);
        List<Waiting> letters = claims.held(
                claim,
                "id, recipient, subject, text_body, html_body, attempts",
                (rs, n) -> new Waiting(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)));
        return new Claimed(claim, letters);
    }

    /** Records the letter sent; false when the claim was lost meanwhile, and nothing is recorded. */
    boolean sent(Claimed claimed, Waiting letter, Instant now) {
        return settle(claimed, letter, "sent_at = :now, outcome = 'SENT'", Map.of("now", Timestamp.from(now))) > 0;
    }

    /** The mail server did not take the letter: tried again at {@code next}. */
    void retryAt(Claimed claimed, Waiting letter, Instant next) {
        settle(claimed, letter, "next_attempt_at = :next", Map.of("next", Timestamp.from(next)));
    }

    /** The mail server refused the letter every time it was tried: given up on, never sent. */
    void giveUp(Claimed claimed, Waiting letter, Instant now) {
        settle(claimed, letter, "sent_at = :now, outcome = 'GAVE_UP'", Map.of("now", Timestamp.from(now)));
    }

    /** Records one more attempt at the letter, and what became of it, if the claim still holds it. */
    private int settle(Claimed claimed, Waiting letter, String fate, Map<String, Object> params) {
        var named = new HashMap<>(params);
        named.put("id", letter.id());
        return claims.settle(claimed.claim(), "attempts = attempts + 1, " + fate, "id = :id", named);
    }

    /** Forgets the letters done before {@code before}: their addresses and words are kept no longer than needed. */
    void forgetDone(Instant before) {
        jdbc.sql("delete from letter_outbox where sent_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }
}
