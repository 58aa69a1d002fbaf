package io.tribune.accounts.core;

import io.tribune.accounts.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes accounts and their consents. */
@Repository
public class AccountRepository {

    private static final String MATCHES =
            "(lower(email) like lower(?) escape '\\' or lower(display_name) like lower(?) escape '\\')";

    private static final String MAY_COMMENT = """
            select count(*) from account a
            where a.id = ? and a.status = 'ACTIVE' and a.confirmed_at is not null
              and exists (select 1 from account_consent c
                          where c.account_id = a.id and c.policy_version = ? and c.withdrawn_at is null)""";

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(AccountId id) {
        return jdbc.sql("select * from account where id = ?")
                .param(id.value())
                .query(AccountRepository::account)
                .optional();
    }

    /**
     * The session stamp of the account while it is active, and nothing else: what every signed-in
     * request asks of it (one column of one row by its key).
     */
    public Optional<Integer> activeSessionStamp(AccountId id) {
        return jdbc.sql("select session_stamp from account where id = ? and status = 'ACTIVE'")
                .param(id.value())
                .query(Integer.class)
                .optional();
    }

    /**
     * Whether the account may comment, in one statement: it is active, its address confirmed, and a consent
     * to the privacy policy {@code version} stands (not withdrawn; {@link PrivacyPolicy#isAgreedBy}).
     */
    public boolean mayComment(AccountId id, String version) {
        return jdbc.sql(MAY_COMMENT)
                        .params(id.value(), version)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The accounts with these ids; ids of no account are left out. */
    public List<Account> find(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from account where id in (:ids)")
                .param("ids", ids.stream().map(AccountId::value).toList())
                .query(AccountRepository::account)
                .list();
    }

    public Optional<Account> findByEmail(String normalisedEmail) {
        return jdbc.sql("select * from account where email = ?")
                .param(normalisedEmail)
                .query(AccountRepository::account)
                .optional();
    }

    /**
     * One page of the accounts whose address or display name contains the pattern, case-insensitively,
     * ordered by name.
     *
     * @param pattern a LIKE pattern with backslash as its escape character
     */
    public List<Account> search(String pattern, int limit, long offset) {
        return jdbc.sql("select * from account where " + MATCHES + " order by lower(display_name), id limit ? offset ?")
                .params(pattern, pattern, limit, offset)
                .query(AccountRepository::account)
                .list();
    }

    public long countMatching(String pattern) {
        return jdbc.sql("select count(*) from account where " + MATCHES)
                .params(pattern, pattern)
                .query(Long.class)
                .single();
    }

    public AccountId insert(String email, String displayName, String passwordHash, String edition, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (email, display_name, password_hash, edition, status, created_at, session_stamp)"
                        + " values (?, ?, ?, ?, 'ACTIVE', ?, 0)")
                .params(email, displayName, passwordHash, edition, Timestamp.from(now))
                .update(keys, "id");
        return new AccountId(keys.getKeyAs(Number.class).longValue());
    }

    public void recordConsent(AccountId id, String policyVersion, Instant now) {
        jdbc.sql("insert into account_consent (account_id, policy_version, given_at) values (?, ?, ?)")
                .params(id.value(), policyVersion, Timestamp.from(now))
                .update();
    }

    /** Marks the address confirmed; false when it already was, so a replayed link changes nothing. */
    public boolean confirm(AccountId id, Instant now) {
        return jdbc.sql("update account set confirmed_at = ? where id = ? and confirmed_at is null")
                        .params(Timestamp.from(now), id.value())
                        .update()
                == 1;
    }

    /** Marks a generated password as one-time: the owner is sent to change it before anything else. */
    public void requirePasswordChange(AccountId id) {
        jdbc.sql("update account set must_change_password = true where id = ?")
                .param(id.value())
                .update();
    }

    /**
     * Sets a new password and ends every session, remember-me token and reset link begun before it: a
     * reset link mailed earlier may sit in an inbox someone else reads.
     */
    public void changePassword(AccountId id, String passwordHash) {
        jdbc.sql("update account set password_hash = ?, must_change_password = false where id = ?")
                .params(passwordHash, id.value())
                .update();
        endSessions(id);
        revokeResetLinks(id);
    }

    /** Ends every session (on every node, at its next request) and every remember-me token of the account. */
    public void endSessions(AccountId id) {
        jdbc.sql("update account set session_stamp = session_stamp + 1 where id = ?")
                .param(id.value())
                .update();
        jdbc.sql("delete from persistent_logins where username = ?")
                .param(id.toString())
                .update();
    }

    private void revokeResetLinks(AccountId id) {
        jdbc.sql("update account_token set used_at = ? where account_id = ? and purpose = 'RESET_PASSWORD'"
                        + " and used_at is null")
                .params(Timestamp.from(Instant.now()), id.value())
                .update();
    }

    public List<Consent> consents(AccountId id) {
        return jdbc.sql("select * from account_consent where account_id = ? order by given_at, id")
                .param(id.value())
                .query((rs, n) -> new Consent(
                        rs.getString("policy_version"),
                        instant(rs.getTimestamp("given_at")),
                        instant(rs.getTimestamp("withdrawn_at"))))
                .list();
    }

    public void withdrawConsent(AccountId id, Instant now) {
        jdbc.sql("update account_consent set withdrawn_at = ? where account_id = ? and withdrawn_at is null")
                .params(Timestamp.from(now), id.value())
                .update();
    }

    public void rename(AccountId id, String displayName) {
        jdbc.sql("update account set display_name = ? where id = ?")
                .params(displayName, id.value())
                .update();
    }

    /** Sets the media module's id of the uploaded avatar; null returns to the drawn default. */
    public void changeAvatar(AccountId id, String avatar) {
        jdbc.sql("update account set avatar = ? where id = ?")
                .params(avatar, id.value())
                .update();
    }

    /** Moves the account to a new (normalised, confirmed) address; reset links sent to the old one end. */
    public void changeEmail(AccountId id, String normalisedEmail) {
        jdbc.sql("update account set email = ? where id = ?")
                .params(normalisedEmail, id.value())
                .update();
        revokeResetLinks(id);
    }

    /** Deactivates the account and ends its sessions; false when it was not active. */
    public boolean deactivate(AccountId id, Instant now) {
        int changed = jdbc.sql("update account set status = 'DEACTIVATED', deactivated_at = ?,"
                        + " session_stamp = session_stamp + 1 where id = ? and status = 'ACTIVE'")
                .params(Timestamp.from(now), id.value())
                .update();
        jdbc.sql("delete from persistent_logins where username = ?")
                .param(id.toString())
                .update();
        return changed == 1;
    }

    public boolean reactivate(AccountId id) {
        return jdbc.sql(
                                "update account set status = 'ACTIVE', deactivated_at = null where id = ? and status = 'DEACTIVATED'")
                        .param(id.value())
                        .update()
                == 1;
    }

    public List<AccountId> deactivatedBefore(Instant cutoff) {
        return jdbc.sql("select id from account where status = 'DEACTIVATED' and deactivated_at < ?")
                .param(Timestamp.from(cutoff))
                .query((rs, n) -> new AccountId(rs.getLong(1)))
                .list();
    }

    /** Claims an account for purging; exactly one node wins the claim. */
    public boolean claimForPurge(AccountId id, Instant cutoff) {
        return jdbc.sql(
                                "update account set status = 'PURGING' where id = ? and status = 'DEACTIVATED' and deactivated_at < ?")
                        .params(id.value(), Timestamp.from(cutoff))
                        .update()
                == 1;
    }

    /** Erases the account and everything the module keeps about it. */
    public void erase(AccountId id) {
        for (String table : List.of(
                "account_email_change",
                "account_notification",
                "account_token",
                "account_consent",
                "account_role",
                "account_identity")) {
            jdbc.sql("delete from " + table + " where account_id = ?")
                    .param(id.value())
                    .update();
        }
        jdbc.sql("delete from persistent_logins where username = ?")
                .param(id.toString())
                .update();
        jdbc.sql("delete from account where id = ?").param(id.value()).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                new AccountId(rs.getLong("id")),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getString("edition"),
                Account.Status.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("confirmed_at")),
                rs.getInt("session_stamp"),
                instant(rs.getTimestamp("deactivated_at")),
                rs.getString("avatar"),
                rs.getBoolean("must_change_password"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
