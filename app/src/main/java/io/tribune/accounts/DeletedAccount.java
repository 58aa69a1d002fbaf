package io.tribune.accounts;

/**
 * How an account that no longer exists is shown wherever its contributions remain: the single place
 * that decides the "deleted user" wording, so every module anonymises the same way.
 */
public final class DeletedAccount {

    /** The message key, in the accounts bundle, of the name shown instead of the reader's. */
    public static final String DISPLAY_NAME_KEY = "account.deleted.name";

    private DeletedAccount() {}
}
