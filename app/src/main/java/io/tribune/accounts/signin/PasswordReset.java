package io.tribune.accounts.signin;

import io.tribune.accounts.core.Problems;

/**
 * How a password reset by a valid link ended.
 *
 * @param problems what is wrong with the new password; empty when it was set
 * @param unlinkedIdentities how many provider sign-ins were unlinked with it
 */
public record PasswordReset(Problems problems, int unlinkedIdentities) {

    public boolean isDone() {
        return problems.isEmpty();
    }
}
