package io.tribune.moderation.web;

import io.tribune.system.BadRequest;
import org.springframework.validation.Errors;

/**
 * What the moderation pages' form records share: the pattern of a number a form carries, and the bad
 * request for a form its constraints refused.
 */
final class Forms {

    /** A plain number of up to 18 digits, or nothing. */
    static final String NUMBER = "[0-9]{0,18}";

    private Forms() {}

    /** Answers a form its constraints refused with the localised 400 page. */
    static void checked(Errors binding) {
        if (binding.hasErrors()) {
            throw new BadRequest();
        }
    }

    /** A number the form's {@link #NUMBER} pattern let through, null for none. */
    static Long number(String value) {
        return value == null || value.isEmpty() ? null : Long.parseLong(value);
    }
}
