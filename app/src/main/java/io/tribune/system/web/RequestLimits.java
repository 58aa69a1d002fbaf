package io.tribune.system.web;

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
 * Refuses absurdly long addresses and bodies before any work is done. The container accepts much
 * longer request lines so that this answer is the localised 400 page rather than a bare connector
 * error; a body announced larger than any form takes (the biggest is a 5 MB avatar upload, which the
 * multipart limits and its own form check more finely) gets the localised 413 page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLimits extends OncePerRequestFilter {

    static final int MAX_QUERY = 2048;
    static final int MAX_PATH = 1024;
    static final long MAX_BODY = 16L * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if ((query != null && query.length() > MAX_QUERY)
                || request.getRequestURI().length() > MAX_PATH) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (isMalformedUpload(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Parses a multipart body here, first, because the container's parser refuses some parts (a file
     * name with a NUL byte) with an unchecked exception that would otherwise surface as a 500 from
     * whichever filter reads a parameter first. Its size refusals are IllegalStateExceptions that the
     * container itself turns into the localised 413 page, so those pass through. The text fields are
     * decoded as UTF-8, as the site's pages send them (browsers name no charset in the parts): parsed
     * before Spring's encoding filter has run, they would otherwise be read as ISO-8859-1.
     */
    private static boolean isMalformedUpload(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        try {
            request.getParameterMap();
            return false;
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            return true;
        }
    }
}
