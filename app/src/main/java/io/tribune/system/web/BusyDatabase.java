package io.tribune.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that waited its turn for a database connection in vain is answered "busy" (the localised
 * 503 page with {@code Retry-After}), not as a server error: the node is overloaded, nothing is wrong
 * with the request, and the reader may simply try again. A filter in front of all others, because the
 * wait may happen before any controller runs: the security filters check a signed-in reader's session
 * in the database on every request.
 */
@Component
class BusyDatabase extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(BusyDatabase.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isWaitInVain(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("no database connection came free in time: {}", e.getMessage());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static boolean isWaitInVain(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth++ < 32; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
