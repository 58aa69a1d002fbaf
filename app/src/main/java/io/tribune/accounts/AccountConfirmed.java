package io.tribune.accounts;

/** The owner of an account proved that the email address is theirs; the account may now comment. */
public record AccountConfirmed(AccountId account) {}
