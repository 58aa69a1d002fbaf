package io.tribune.discussion;

import io.tribune.accounts.AccountId;

/**
 * Whether a moderator's block keeps an account from taking part in discussions. Declared here,
 * implemented by the moderation module, which blocks and unlocks accounts.
 */
public interface Blocks {

    boolean isBlocked(AccountId account);
}
