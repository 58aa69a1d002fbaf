package io.tribune.accounts.core;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.limits.Captcha;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secrets carried by emailed links. Only a hash is stored, so a leaked table opens nothing; a
 * token is redeemed by one conditional update, so it works once even when two requests race.
 */
@Component
public class OneTimeLinks {

    public enum Purpose {
        CONFIRM_EMAIL,
        RESET_PASSWORD,
        RESTORE_ACCOUNT,
        CHANGE_EMAIL
    }

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OneTimeLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String issue(AccountId account, Purpose purpose, Duration lifetime) {
        return issueUntil(account, purpose, clock.instant().plus(lifetime));
    }

    public String issueUntil(AccountId account, Purpose purpose, Instant expires) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into account_token (token_hash, account_id, purpose, expires_at) values (?, ?, ?, ?)")
                .params(Captcha.sha256(token), account.value(), purpose.name(), Timestamp.from(expires))
                .update();
        return token;
    }

    /** The account the token was issued to, when it is well-formed, unexpired, of this purpose and unused. */
    public Optional<AccountId> redeem(String token, Purpose purpose) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = Captcha.sha256(token);
        Instant now = clock.instant();
        int used = jdbc.sql("update account_token set used_at = ? where token_hash = ? and purpose = ?"
                        + " and used_at is null and expires_at > ?")
                .params(Timestamp.from(now), hash, purpose.name(), Timestamp.from(now))
                .update();
        if (used != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from account_token where token_hash = ?")
                .param(hash)
                .query((rs, n) -> new AccountId(rs.getLong(1)))
                .optional();
    }

    /** The account a live token belongs to, without using the token up. */
    public Optional<AccountId> peek(String token, Purpose purpose) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from account_token where token_hash = ? and purpose = ?"
                        + " and used_at is null and expires_at > ?")
                .params(Captcha.sha256(token), purpose.name(), Timestamp.from(clock.instant()))
                .query((rs, n) -> new AccountId(rs.getLong(1)))
                .optional();
    }

    /** Ends every outstanding link of this purpose, e.g. older reset links once one was used. */
    public void revokeAll(AccountId account, Purpose purpose) {
        jdbc.sql("update account_token set used_at = ? where account_id = ? and purpose = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), account.value(), purpose.name())
                .update();
    }
}
