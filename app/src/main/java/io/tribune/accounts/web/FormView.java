package io.tribune.accounts.web;

import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.CaptchaChallenge;
import java.util.Map;

/**
 * A form as a template draws it: the CSRF field, the values to show again, the problems per field
 * and, when the form needs one, a captcha.
 *
 * @param notice a message key shown above the form, or null
 * @param captcha the captcha to draw, or null when this form does not need one now
 */
public record FormView(
        String csrfName,
        String csrfToken,
        Map<String, String> values,
        Problems problems,
        String notice,
        CaptchaChallenge captcha) {

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The message key of the field's problem, or null. */
    public String problem(String field) {
        return problems.of(field);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
