package io.tribune.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers a form field name the console's forms never write with the localised 400 page. Spring's
 * binder reads a name with an unclosed bracket ({@code threshold[spam}) past its end while it builds a
 * form record's map or list, and would otherwise answer 500.
 */
@ControllerAdvice(basePackageClasses = MalformedFieldNames.class)
class MalformedFieldNames {

    @ExceptionHandler({IndexOutOfBoundsException.class, NumberFormatException.class})
    void malformed(RuntimeException e, HttpServletResponse response) throws IOException {
        if (!thrownByTheBinder(e)) {
            // any other cause is a fault of ours, and must not pass for the reader's
            throw e;
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    private static boolean thrownByTheBinder(RuntimeException e) {
        return Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(DataBinder.class.getName()));
    }
}
