package io.tribune.system;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every page, defined here alone: Spring Security writes these on ordinary
 * requests in place of its own defaults, and responses served before its filter chain (kept pages,
 * see {@link KeptPages}) write the same ones.
 */
public final class SecurityHeaders {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'self'; form-action 'self'; media-src 'self' https: http:";

    private static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private static final Map<String, String> ALWAYS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-XSS-Protection", "0",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Referrer-Policy", "strict-origin-when-cross-origin");

    private SecurityHeaders() {}

    /**
     * The headers by name for a site at this address. {@code Strict-Transport-Security} is among them
     * when the public address is https, on every answer: TLS usually ends at a proxy, so whether the
     * request Tribune sees is secure says nothing.
     */
    public static Map<String, String> of(Site site) {
        Map<String, String> headers = new LinkedHashMap<>(ALWAYS);
        if (site.isServedOverHttps()) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return Map.copyOf(headers);
    }
}
