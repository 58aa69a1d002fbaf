package io.tribune.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts password attempts per email address and per network address in a table, so every node of a
 * cluster sees the same counts. An attempt is counted before its password is hashed and forgiven when
 * it turns out right, so a burst of simultaneous guesses cannot all pass a count read before any of
 * them was recorded. A few failures ask for a captcha; many lock the subject until its window ends.
 * Counting by the typed address, not by account, keeps unknown and known addresses
 * indistinguishable; the address is kept only as a hash, which also bounds the key's length.
 */
@Component
class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int CAPTCHA_AFTER = 3;
    static final int LOCK_EMAIL_AFTER = 10;
    static final int LOCK_ADDRESS_AFTER = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String email(String normalised) {
        return "email:" + Captcha.sha256(normalised);
    }

    static String address(String remoteAddress) {
        // an IPv6 address with a zone stays far below the column's 200 characters; anything else is hashed
        return remoteAddress.length() <= 64 ? "addr:" + remoteAddress : "addr:" + Captcha.sha256(remoteAddress);
    }

    /**
     * Counts one attempt of the subject before its password is checked and returns how many its
     * window holds now, this one included (or more, when others were counted at the same moment).
     */
    int count(String subject) {
        fail(subject);
        return failures(subject);
    }

    /** Whether counts that include the present attempt lock it out: one subject has failed too often. */
    static boolean isLocked(int emailAttempts, int addressAttempts) {
        return emailAttempts > LOCK_EMAIL_AFTER || addressAttempts > LOCK_ADDRESS_AFTER;
    }

    /** Whether counts that include the present attempt ask it to carry a captcha. */
    static boolean isCaptchaNeeded(int emailAttempts, int addressAttempts) {
        return Math.max(emailAttempts, addressAttempts) > CAPTCHA_AFTER;
    }

    /** Takes back one attempt counted by {@link #count}: it was right, or never got as far as a password. */
    void forgive(String subject) {
        jdbc.sql("update login_failure set failures = failures - 1 where subject = ? and failures > 0")
                .param(subject)
                .update();
    }

    int failures(String subject) {
        Instant since = clock.instant().minus(WINDOW);
        return jdbc.sql("select failures from login_failure where subject = ? and window_start > ?")
                .params(subject, Timestamp.from(since))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    private void fail(String subject) {
        Instant now = clock.instant();
        int updated = jdbc.sql(
                        "update login_failure set failures = failures + 1 where subject = ? and window_start > ?")
                .params(subject, Timestamp.from(now.minus(WINDOW)))
                .update();
        if (updated == 1) {
            return;
        }
        int restarted = jdbc.sql("update login_failure set failures = 1, window_start = ? where subject = ?")
                .params(Timestamp.from(now), subject)
                .update();
        if (restarted == 0) {
            try {
                jdbc.sql("insert into login_failure (subject, failures, window_start) values (?, 1, ?)")
                        .params(subject, Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException raced) {
                fail(subject);
            }
        }
    }

    void clear(String subject) {
        jdbc.sql("delete from login_failure where subject = ?").param(subject).update();
    }

    /**
     * Forgets counts whose window has ended, and with them the typed addresses and network addresses
     * they were kept under: personal data is not kept longer than it protects anyone. Every node runs
     * it; deleting twice is harmless.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    void forgetEndedWindows() {
        jdbc.sql("delete from login_failure where window_start <= ?")
                .param(Timestamp.from(clock.instant().minus(WINDOW)))
                .update();
    }
}
