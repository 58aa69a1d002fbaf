package io.tribune.discussion;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether an account may take part in discussions now (post, edit, report): one that may comment, and
 * that no moderator has blocked. Asked by each of those actions, in this order.
 */
@Component
class Participation {

    private final Accounts accounts;
    private final Blocks blocks;

    Participation(Accounts accounts, Blocks blocks) {
        this.accounts = accounts;
        this.blocks = blocks;
    }

    /** The message key of why the account may not take part now; empty when it may. */
    Optional<String> refusal(AccountId account) {
        if (!accounts.mayComment(account)) {
            return Optional.of("discussion.error.notAllowed");
        }
        if (blocks.isBlocked(account)) {
            return Optional.of("discussion.error.blocked");
        }
        return Optional.empty();
    }
}
