package io.tribune.accounts.signin;

import io.tribune.accounts.AccountId;

/**
 * How a log-in ended. Failures say only as much as the person may know: wrong address and wrong
 * password are the same outcome.
 *
 * @param account the signed-in account, or null unless {@link Outcome#SIGNED_IN}
 * @param isCaptchaNeeded whether the next attempt must carry a captcha
 */
public record LogInResult(Outcome outcome, AccountId account, boolean isCaptchaNeeded) {

    /** The kinds of ending. */
    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        CAPTCHA_MISSING,
        LOCKED
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
