package io.tribune.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The server is at the limit of a costly resource (e.g. password hashing) and the request waited
 * too long for its turn; answered with the localised 503 page and a {@code Retry-After}.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class Busy extends RuntimeException {

    public Busy() {
        super(null, null, false, false);
    }
}
