package io.tribune.system.web;

import io.tribune.system.CsrfField;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the model of every page holds without its handler asking: {@code csrf}, the hidden field of
 * its forms ({@link CsrfField}). Templates that draw a form declare it as a parameter.
 */
@ControllerAdvice
class PageModel {

    @ModelAttribute("csrf")
    CsrfField csrf(HttpServletRequest request) {
        return CsrfField.of(request);
    }
}
