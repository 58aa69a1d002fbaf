package io.tribune.notifications.email;

import io.tribune.editions.Edition;

/** The addresses of the email notification pages, written here only. */
public final class EmailPaths {

    /** The unsubscribe page of one reader and topic: GET asks, POST (one-click, RFC 8058) does it. */
    public static final String UNSUBSCRIBE = Edition.PATH + "/unsubscribe/{token}";

    /** The same address as a pattern for the security chain, which does not know the edition's form. */
    static final String UNSUBSCRIBE_PATTERN = "/{edition}/unsubscribe/{token}";

    private EmailPaths() {}

    public static String unsubscribe(String edition, String token) {
        return "/" + edition + "/unsubscribe/" + token;
    }
}
