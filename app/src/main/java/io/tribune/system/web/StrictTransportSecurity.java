package io.tribune.system.web;

import io.tribune.system.SecurityHeaders;
import io.tribune.system.Site;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells browsers to come back only over https, on every answer of a site whose public address is
 * https: TLS usually ends at a proxy, so whether the request Tribune sees is secure says nothing. It
 * runs on error dispatches too, so that pages refused before the security chain ({@link RequestLimits})
 * carry it; kept pages get it from {@link KeptPagesValve}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StrictTransportSecurity extends OncePerRequestFilter {

    private static final String HEADER = "Strict-Transport-Security";

    /** {@link SecurityHeaders}' value, none for a site at an http address. */
    private final String value;

    StrictTransportSecurity(Site site) {
        this.value = SecurityHeaders.of(site).get(HEADER);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (value != null) {
            response.setHeader(HEADER, value);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
