package io.tribune.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing exists at the requested address; answered with the localised 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound() {
        super(null, null, false, false);
    }
}
