package io.tribune.accounts;

/**
 * What other modules and pages may know about an account.
 *
 * @param isConfirmed whether the email address was confirmed; only confirmed readers may comment
 */
public record Reader(AccountId id, String displayName, String edition, boolean isConfirmed) {}
