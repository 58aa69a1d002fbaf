package io.tribune.accounts.staff;

import io.tribune.accounts.core.PasswordPolicy;

/**
 * The operator's {@code TRIBUNE_ADMIN_PASSWORD} breaks the password policy, so no first administrator
 * can be created: the application does not start, and says why on the console ({@link
 * AdminPasswordFailureAnalyzer}) rather than with a stack trace.
 */
class AdminPasswordRefused extends IllegalStateException {

    AdminPasswordRefused(String problem) {
        super("TRIBUNE_ADMIN_PASSWORD breaks the password policy: " + reason(problem));
    }

    private static String reason(String problem) {
        if ("account.error.password.length".equals(problem)) {
            return "it must have at least " + PasswordPolicy.MIN_LENGTH + " characters, and not hundreds";
        }
        return "it is a common password, a sequence, one repeated character, or made of the administrator's"
                + " address or name";
    }
}
