package io.tribune.accounts.core;

import org.springframework.stereotype.Component;

/**
 * Asks a signed-in reader for their current password before a change that hands the account over
 * (a new password, a new address, deletion). The guesses count like log-in failures, under the same
 * address and network address, so a session left open is no way around the log-in's limits.
 */
@Component
public class CurrentPassword {

    /** How a check ended. */
    public enum Check {
        RIGHT,
        WRONG,
        LOCKED;

        /** The message key to show for a refused check, or null. */
        public String problem() {
            return switch (this) {
                case RIGHT -> null;
                case WRONG -> "account.error.password.current";
                case LOCKED -> "accounts.limits.password";
            };
        }
    }

    private final Passwords passwords;
    private final LoginThrottle throttle;

    CurrentPassword(Passwords passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    public Check check(Account account, String given, String remoteAddress) {
        LoginThrottle.Attempt byEmail = throttle.count(LoginThrottle.email(account.email()));
        LoginThrottle.Attempt byAddress = throttle.count(LoginThrottle.address(remoteAddress));
        if (LoginThrottle.isLocked(byEmail, byAddress)) {
            forgive(byEmail, byAddress);
            return Check.LOCKED;
        }
        if (!passwords.matches(account, given)) {
            return Check.WRONG;
        }
        forgive(byEmail, byAddress);
        return Check.RIGHT;
    }

    private void forgive(LoginThrottle.Attempt byEmail, LoginThrottle.Attempt byAddress) {
        throttle.forgive(byEmail);
        throttle.forgive(byAddress);
    }
}
