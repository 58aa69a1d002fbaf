package io.tribune.accounts.social;

import io.tribune.accounts.AccountId;

/**
 * How a sign-in through a provider ended on Tribune's side.
 *
 * @param account the account to sign in to, or null unless {@link Outcome#SIGNED_IN}
 */
public record SocialLogInResult(Outcome outcome, AccountId account) {

    /** The kinds of ending. */
    public enum Outcome {
        /** The identity is linked to an active account. */
        SIGNED_IN,
        /** The identity is linked to an account its owner deleted; it cannot log in until restored. */
        DEACTIVATED,
        /** The identity is linked to an account whose address was never confirmed: it does not sign in. */
        UNCONFIRMED,
        /** The identity is new here: the reader is asked whether they already have an account. */
        NOT_LINKED
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
