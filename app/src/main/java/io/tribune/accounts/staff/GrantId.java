package io.tribune.accounts.staff;

import java.util.Optional;

/** The identity of one granted staff role, as the revoke form names it. */
public record GrantId(long value) {

    /** Parses the id a form sends back; empty when it is not one. */
    public static Optional<GrantId> parse(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > 18
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(new GrantId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
