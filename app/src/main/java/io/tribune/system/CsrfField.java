package io.tribune.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The hidden field every form posts against cross-site request forgery: its name and value, read
 * only when a template draws a form, so that a page without one never starts a session for it.
 *
 * @param token the request's token, or null where the security chain did not run
 */
public record CsrfField(CsrfToken token) {

    /** The field of the request, as the security chain left it. */
    public static CsrfField of(HttpServletRequest request) {
        return new CsrfField((CsrfToken) request.getAttribute(CsrfToken.class.getName()));
    }

    public String name() {
        return token == null ? "_csrf" : token.getParameterName();
    }

    public String value() {
        return token == null ? "" : token.getToken();
    }
}
