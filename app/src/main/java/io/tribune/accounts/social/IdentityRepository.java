package io.tribune.accounts.social;

import io.tribune.accounts.AccountId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the provider identities linked to accounts. */
@Repository
public class IdentityRepository {

    private final JdbcClient jdbc;

    IdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountId> accountOf(SocialIdentity identity) {
        return jdbc.sql("select account_id from account_identity where issuer = ? and subject = ?")
                .params(identity.issuer(), identity.subject())
                .query((rs, n) -> new AccountId(rs.getLong(1)))
                .optional();
    }

    /** Links the identity; the unique index refuses a second owner with a DuplicateKeyException. */
    void link(AccountId account, SocialIdentity identity, Instant now) {
        jdbc.sql("insert into account_identity (account_id, issuer, subject, provider, linked_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        account.value(),
                        identity.issuer(),
                        identity.subject(),
                        identity.provider(),
                        Timestamp.from(now))
                .update();
    }

    public List<LinkedIdentity> of(AccountId account) {
        return jdbc.sql("select * from account_identity where account_id = ? order by linked_at, id")
                .param(account.value())
                .query((rs, n) -> new LinkedIdentity(
                        rs.getLong("id"),
                        rs.getString("provider"),
                        rs.getString("issuer"),
                        rs.getString("subject"),
                        rs.getTimestamp("linked_at").toInstant()))
                .list();
    }

    boolean unlink(AccountId account, long identity) {
        return jdbc.sql("delete from account_identity where id = ? and account_id = ?")
                        .params(identity, account.value())
                        .update()
                == 1;
    }

    /** Unlinks every provider sign-in of the account; returns how many there were. */
    public int unlinkAll(AccountId account) {
        return jdbc.sql("delete from account_identity where account_id = ?")
                .param(account.value())
                .update();
    }

    /** Locks the account's row until the transaction ends, so two unlinks cannot both take the last way in. */
    void lockAccount(AccountId account) {
        jdbc.sql("select id from account where id = ? for update")
                .param(account.value())
                .query(Long.class)
                .optional();
    }
}
