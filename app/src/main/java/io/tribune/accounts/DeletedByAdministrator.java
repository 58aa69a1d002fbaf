package io.tribune.accounts;

import java.time.Instant;

/**
 * An administrator deleted an account without notice: what it was, captured before it was deactivated,
 * so the caller can still write to the address the account had.
 *
 * @param email the account's address, for the statement of reasons; the account no longer answers to it
 * @param edition the edition the account registered in
 * @param at when it was deactivated; its data is erased on the usual schedule after that
 */
public record DeletedByAdministrator(AccountId id, String email, String edition, Instant at) {}
