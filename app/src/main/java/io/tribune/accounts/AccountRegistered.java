package io.tribune.accounts;

/** A person registered; the account exists but its email address is not confirmed yet. */
public record AccountRegistered(AccountId account, String edition) {}
