package io.tribune.publishing;

/** The form of short codes, for callers that check an address before looking it up. */
public final class ShortLinks {

    private ShortLinks() {}

    public static boolean isWellFormed(String code) {
        return ShortCodes.isWellFormed(code);
    }
}
