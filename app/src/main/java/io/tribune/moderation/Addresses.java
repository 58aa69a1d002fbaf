package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The email address of an active account, to send it its statements of reasons and the answers to its
 * unlock requests. Read from the accounts module's table because its facade does not offer the address
 * yet; when it does, this class should ask it instead.
 */
@Component
class Addresses {

    private final JdbcClient jdbc;

    Addresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(AccountId account) {
        return jdbc.sql("select email from account where id = :id and status = 'ACTIVE'")
                .param("id", account.value())
                .query(String.class)
                .optional();
    }
}
