package io.tribune.accounts;

import java.io.Serializable;
import java.util.Optional;

/** The identity of an account, the only way other modules refer to one. */
public record AccountId(long value) implements Serializable {

    /** Parses the id that sessions and remember-me tokens carry; empty when it is not one. */
    public static Optional<AccountId> parse(String text) {
        try {
            return Optional.of(new AccountId(Long.parseLong(text)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
