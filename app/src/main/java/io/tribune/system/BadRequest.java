package io.tribune.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request cannot be served as written (a malformed parameter); answered with the localised 400 page. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadRequest extends RuntimeException {

    public BadRequest() {
        super(null, null, false, false);
    }
}
