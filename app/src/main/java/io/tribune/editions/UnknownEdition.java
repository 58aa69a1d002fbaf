package io.tribune.editions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A path names no edition of this site: answered with the localised 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownEdition extends RuntimeException {

    UnknownEdition() {
        super(null, null, false, false);
    }
}
