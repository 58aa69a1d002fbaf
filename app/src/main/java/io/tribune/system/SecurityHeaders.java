package io.tribune.system;

import java.util.Map;

/**
 * The security headers of every page. Spring Security writes them on ordinary requests; responses
 * served before its filter chain (kept pages, see {@link KeptPages}) write the same ones from here.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'self'; form-action 'self'; media-src 'self' https: http:";

    /** The headers by name, in the order they are written. */
    public static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-XSS-Protection", "0",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Referrer-Policy", "strict-origin-when-cross-origin");

    private SecurityHeaders() {}
}
