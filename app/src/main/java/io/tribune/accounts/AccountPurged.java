package io.tribune.accounts;

/**
 * An account's personal data was erased for good, 30 days after its owner deleted it. Modules that
 * keep contributions by this id now show them as {@link DeletedAccount} does.
 */
public record AccountPurged(AccountId account) {}
