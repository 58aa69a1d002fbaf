package io.tribune.accounts.profile;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.limits.Captcha;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** New addresses waiting for their confirmation link, keyed like the link's token (by its hash). */
@Repository
class PendingEmailChanges {

    private final JdbcClient jdbc;

    PendingEmailChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String token, AccountId account, String newEmail) {
        jdbc.sql("insert into account_email_change (token_hash, account_id, new_email) values (?, ?, ?)")
                .params(Captcha.sha256(token), account.value(), newEmail)
                .update();
    }

    Optional<String> newEmail(String token) {
        return jdbc.sql("select new_email from account_email_change where token_hash = ?")
                .param(Captcha.sha256(token))
                .query(String.class)
                .optional();
    }

    /** Forgets every pending change of the account: only the address just confirmed counts. */
    void clear(AccountId account) {
        jdbc.sql("delete from account_email_change where account_id = ?")
                .param(account.value())
                .update();
    }
}
