package io.tribune.accounts;

/** The identity of an account, the only way other modules refer to one. */
public record AccountId(long value) implements java.io.Serializable {

    /** Parses the id that sessions and remember-me tokens carry; empty when it is not one. */
    public static java.util.Optional<AccountId> parse(String text) {
        try {
            return java.util.Optional.of(new AccountId(Long.parseLong(text)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
