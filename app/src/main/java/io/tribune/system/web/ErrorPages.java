package io.tribune.system.web;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error ends here: a page in the language of the edition the reader was in (from the path, or
 * their browser's languages), with the status and a way back. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    /** A busy moment passes in seconds: readers and well-behaved clients are asked to come back soon. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Editions editions;
    private final Pages pages;

    ErrorPages(Editions editions, Pages pages) {
        this.editions = editions;
        this.pages = pages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        Edition edition = editionOf(request);
        String kind = switch (status) {
            case 404, 405 -> "notFound";
            case 400, 414, 431 -> "badRequest";
            case 403 -> "forbidden";
            case 413 -> "tooLarge";
            case 503 -> "busy";
            default -> "serverError";
        };
        Pages.Builder builder = pages.in(edition);
        Page page = builder.title(builder.text().get("error." + kind + ".title"))
                .name("robots", "noindex")
                .build();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (status == 503) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        return new ModelAndView("system/error", Map.of("page", page, "status", status, "kind", kind));
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i && i >= 400 && i < 600 ? i : 500;
    }

    private Edition editionOf(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return editions.ofPath(uri instanceof String path ? path : null)
                .orElseGet(() -> editions.bestFor(request.getHeader("Accept-Language")));
    }
}
