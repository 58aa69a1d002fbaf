package io.tribune.accounts.limits;

import io.tribune.accounts.AccountId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How often a reader may ask for something that mails someone or costs real work: a change of
 * address (each sends a letter) and an avatar upload (each is decoded). Counted per account and per
 * network address in a table, by single conditional statements, so the nodes of a cluster share the
 * counts and two nodes cannot both take the last request of a window.
 */
@Component
public class RequestQuotas {

    /** A kind of request and how many of it fit in one window, per account and per network address. */
    public enum Request {
        EMAIL_CHANGE("email-change", 3, 10),
        AVATAR_UPLOAD("avatar", 10, 30),
        /** A provider sign-in's "create a new account" with an address to confirm: each mails a letter. */
        SOCIAL_JOIN("social-join", 3, 10),
        /**
         * A registration or a password recovery: each mails the typed address (a confirmation, an
         * "already registered" notice, a reset link), whoever owns it. Counted per typed address
         * (hashed), whether or not it has an account, so the refusal tells nothing about it.
         */
        LETTER("letter", 3, 20),
        /** A comment or a reply; an address counts more, since readers share addresses behind one router. */
        COMMENT("comment", 60, 300),
        /** A change to the text of one's own comment. */
        COMMENT_EDIT("comment-edit", 30, 150),
        /** A reader's report of a comment. */
        REPORT("report", 30, 150);

        private final String prefix;
        public final int perAccount;
        public final int perAddress;

        Request(String prefix, int perAccount, int perAddress) {
            this.prefix = prefix;
            this.perAccount = perAccount;
            this.perAddress = perAddress;
        }
    }

    static final Duration WINDOW = Duration.ofHours(1);

    /** Longer subjects are cut: a network address never comes close, and the column has room for 300. */
    private static final int MAX_SUBJECT = 250;

    private final JdbcClient jdbc;
    private final Clock clock;

    public RequestQuotas(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one request of an account from a network address; false when the account's or the
     * address's quota for the hour is spent. The account is counted first: one refused for its
     * address alone still counts for the account, as it was asked.
     */
    public boolean take(Request request, AccountId account, String remoteAddress) {
        return take(request, "account:" + account.value(), remoteAddress);
    }

    /** As {@link #take(Request, AccountId, String)}, for a requester named otherwise (e.g. a provider identity). */
    public boolean take(Request request, String requester, String remoteAddress) {
        return take(request.prefix + ":" + requester, request.perAccount)
                && take(request.prefix + ":addr:" + remoteAddress, request.perAddress);
    }

    /** As {@link #take(Request, String, String)}, for a request that mails the typed address. */
    public boolean takeLetter(String normalisedEmail, String remoteAddress) {
        return take(Request.LETTER, "to:" + Captcha.sha256(normalisedEmail), remoteAddress);
    }

    /** Counts one request of the subject; false, and nothing counted, when its {@code allowed} are spent. */
    public boolean take(String subject, int allowed) {
        String key = cut(subject);
        Instant now = clock.instant();
        Timestamp windowOpened = Timestamp.from(now.minus(WINDOW));
        if (countInWindow(key, allowed, windowOpened) || openNewWindow(key, now, windowOpened)) {
            return true;
        }
        int inserted = jdbc.sql("insert into request_quota (subject, used, window_start) values (?, 1, ?) "
                        + "on conflict do nothing")
                .params(key, Timestamp.from(now))
                .update();
        // no row inserted: another request of the subject made it first, so count this one in its window
        return inserted == 1 || countInWindow(key, allowed, windowOpened);
    }

    /** Forgets spent windows, and with them the network addresses, on every node: deleting twice is harmless. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetSpentWindows() {
        jdbc.sql("delete from request_quota where window_start <= ?")
                .param(Timestamp.from(clock.instant().minus(WINDOW)))
                .update();
    }

    private static String cut(String subject) {
        if (subject.length() <= MAX_SUBJECT) {
            return subject;
        }
        // never half a character: a lone surrogate would not survive the trip to the database
        int end = Character.isHighSurrogate(subject.charAt(MAX_SUBJECT - 1)) ? MAX_SUBJECT - 1 : MAX_SUBJECT;
        return subject.substring(0, end);
    }

    private boolean countInWindow(String key, int allowed, Timestamp windowOpened) {
        return jdbc.sql("update request_quota set used = used + 1 where subject = ? and window_start > ? and used < ?")
                        .params(key, windowOpened, allowed)
                        .update()
                == 1;
    }

    private boolean openNewWindow(String key, Instant now, Timestamp windowOpened) {
        return jdbc.sql("update request_quota set used = 1, window_start = ? where subject = ? and window_start <= ?")
                        .params(Timestamp.from(now), key, windowOpened)
                        .update()
                == 1;
    }
}
