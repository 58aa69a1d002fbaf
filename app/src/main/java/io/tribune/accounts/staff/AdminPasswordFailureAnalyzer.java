package io.tribune.accounts.staff;

import io.tribune.accounts.core.PasswordPolicy;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a refused {@code TRIBUNE_ADMIN_PASSWORD} as the reason the application did not start, with
 * what to do, and without a stack trace: the operator made a choice, nothing in the code failed.
 */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRefused cause) {
        return new FailureAnalysis(
                cause.getMessage() + ".",
                "Set TRIBUNE_ADMIN_PASSWORD to a password of at least " + PasswordPolicy.MIN_LENGTH
                        + " characters that is not a common one (a few unrelated words will do), or unset it"
                        + " to have a one-time password generated and printed on the console.",
                cause);
    }
}
