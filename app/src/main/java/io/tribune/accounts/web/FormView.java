package io.tribune.accounts.web;

import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.CaptchaChallenge;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A form as a template draws it: the values to show again, the problems per field and, when the form
 * needs one, a captcha. The values are the form record as it was bound; what is shown of them is
 * limited, so that a hostile 10 MB value is not sent back.
 *
 * @param fields the form record whose values are shown again, or null for an empty form
 * @param notice a message key shown above the form, or null
 * @param captcha the captcha to draw, or null when this form does not need one now
 */
public record FormView(Record fields, Problems problems, String notice, CaptchaChallenge captcha) {

    /** The longest value shown again: the longest an address may be. */
    static final int SHOWN_AT_MOST = 254;

    /** An empty form with no problems. */
    public static FormView blank() {
        return new FormView(null, Problems.none(), null, null);
    }

    /** The form's field as typed, cut to {@link #SHOWN_AT_MOST} characters; empty when absent. */
    public String value(String field) {
        if (fields == null) {
            return "";
        }
        RecordComponent component = Arrays.stream(fields.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(field))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + field + " in " + fields.getClass()));
        return cut(read(component) instanceof String value ? value : "");
    }

    /** The message key of the field's problem, or null. */
    public String problem(String field) {
        return problems.of(field);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** At most {@link #SHOWN_AT_MOST} characters, never half of a surrogate pair. */
    static String cut(String value) {
        if (value.length() <= SHOWN_AT_MOST) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(SHOWN_AT_MOST - 1)) ? SHOWN_AT_MOST - 1 : SHOWN_AT_MOST;
        return value.substring(0, end);
    }

    private Object read(RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            // the form records are package-private to their controllers
            accessor.setAccessible(true);
            return accessor.invoke(fields);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
