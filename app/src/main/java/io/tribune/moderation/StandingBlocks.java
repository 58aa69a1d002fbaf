package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.Blocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The blocks that stand: those not lifted. Read afresh for each post, so a block takes effect at once. */
@Component
class StandingBlocks implements Blocks {

    private final JdbcClient jdbc;

    StandingBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isBlocked(AccountId account) {
        return jdbc.sql("select count(*) from account_block where account_id = :account and lifted_at is null")
                        .param("account", account.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
