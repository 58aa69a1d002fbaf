package io.tribune.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request that waited its turn for a database connection in vain is answered "busy" (the localised
 * 503 page with {@code Retry-After}), not as a server error: the node is overloaded, nothing is wrong
 * with the request, and the reader may simply try again.
 */
@ControllerAdvice
class BusyDatabase {

    private static final Logger log = LoggerFactory.getLogger(BusyDatabase.class);

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class})
    void busy(Exception e, HttpServletResponse response) throws IOException {
        log.warn("no database connection came free in time: {}", e.getMessage());
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
