package io.tribune.accounts.core;

import io.tribune.accounts.limits.Captcha;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts password attempts per email address and per network address in a table, so every node of a
 * cluster sees the same counts. An attempt is written before its password is hashed, one row each, so
 * a burst of simultaneous guesses cannot all pass a count read before any of them was recorded; it is
 * taken back when it turns out right or never reached the password. A few failures in the last 15
 * minutes ask for a captcha; many lock the subject. Counting by the typed address, not by account,
 * keeps unknown and known addresses indistinguishable; the address is kept only as a hash, which also
 * bounds the key's length.
 */
@Component
public class LoginThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int CAPTCHA_AFTER = 3;
    public static final int LOCK_EMAIL_AFTER = 10;
    static final int LOCK_ADDRESS_AFTER = 50;

    /** One counted attempt: its row, and how many attempts of the subject the window held with it. */
    public record Attempt(long id, int count) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String email(String normalised) {
        return "email:" + Captcha.sha256(normalised);
    }

    public static String address(String remoteAddress) {
        // an IPv6 address with a zone stays far below the column's 200 characters; anything else is hashed
        return remoteAddress.length() <= 64 ? "addr:" + remoteAddress : "addr:" + Captcha.sha256(remoteAddress);
    }

    /** Whether counts that include the present attempt lock it out: one subject has failed too often. */
    public static boolean isLocked(Attempt byEmail, Attempt byAddress) {
        return byEmail.count() > LOCK_EMAIL_AFTER || byAddress.count() > LOCK_ADDRESS_AFTER;
    }

    /** Whether counts that include the present attempt ask it to carry a captcha. */
    public static boolean isCaptchaNeeded(Attempt byEmail, Attempt byAddress) {
        return Math.max(byEmail.count(), byAddress.count()) > CAPTCHA_AFTER;
    }

    /**
     * Records one attempt of the subject before its password is checked. Its count includes it and
     * every attempt recorded before it (and perhaps some recorded at the same moment), never fewer.
     */
    public Attempt count(String subject) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into login_attempt (subject, attempted_at) values (?, ?)")
                .params(subject, Timestamp.from(clock.instant()))
                .update(keys, "id");
        return new Attempt(keys.getKeyAs(Number.class).longValue(), failures(subject));
    }

    /** Takes back an attempt: it was right, or never got as far as a password. */
    public void forgive(Attempt attempt) {
        jdbc.sql("delete from login_attempt where id = ?").param(attempt.id()).update();
    }

    /** How many attempts of the subject the last 15 minutes hold. */
    public int failures(String subject) {
        Instant since = clock.instant().minus(WINDOW);
        return jdbc.sql("select count(*) from login_attempt where subject = ? and attempted_at > ?")
                .params(subject, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    public void clear(String subject) {
        jdbc.sql("delete from login_attempt where subject = ?").param(subject).update();
    }

    /**
     * Forgets attempts older than the window, and with them the network addresses they were kept
     * under: personal data is not kept longer than it protects anyone. Every node runs it; deleting
     * twice is harmless.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    public void forgetEndedWindows() {
        jdbc.sql("delete from login_attempt where attempted_at <= ?")
                .param(Timestamp.from(clock.instant().minus(WINDOW)))
                .update();
    }
}
