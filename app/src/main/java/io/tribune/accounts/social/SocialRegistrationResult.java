package io.tribune.accounts.social;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.Problems;

/**
 * How the "create a new account" answer after a provider sign-in ended.
 *
 * @param account the new account, or null unless {@link Outcome#SIGNED_IN}
 * @param problems what is wrong with the form when {@link Outcome#REFUSED}; empty otherwise
 */
public record SocialRegistrationResult(Outcome outcome, AccountId account, Problems problems) {

    /** The kinds of ending. */
    public enum Outcome {
        /** Created with the address the provider vouched for, so confirmed at once: sign the reader in. */
        SIGNED_IN,
        /**
         * A confirmation letter went to the address — or, when the address already has an account, a
         * letter to its owner instead; the reader sees the same page either way.
         */
        CONFIRMATION_SENT,
        /**
         * The address the provider vouched for already has an account: the reader, who owns that address,
         * is offered to link the identity to it with its password.
         */
        ADDRESS_TAKEN,
        /** The identity was linked meanwhile (another tab): carry on as a linked sign-in. */
        ALREADY_LINKED,
        /** The form has problems; nothing was created. */
        REFUSED
    }

    static SocialRegistrationResult of(Outcome outcome) {
        return new SocialRegistrationResult(outcome, null, Problems.none());
    }

    static SocialRegistrationResult refused(Problems problems) {
        return new SocialRegistrationResult(Outcome.REFUSED, null, problems);
    }
}
