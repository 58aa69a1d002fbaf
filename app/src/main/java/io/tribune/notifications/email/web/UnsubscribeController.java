package io.tribune.notifications.email.web;

import io.tribune.editions.Edition;
import io.tribune.notifications.email.EmailPaths;
import io.tribune.notifications.email.Unsubscribing;
import io.tribune.system.NotFound;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The unsubscribe link of every notification letter. Opening it changes nothing (mail scanners open
 * links on their own) and asks for a click; the click, or a mail client's one-click POST (RFC 8058),
 * turns that topic's email off. A token this site did not sign is a page that does not exist.
 */
@Controller
class UnsubscribeController {

    private final Unsubscribing unsubscribing;
    private final Pages pages;

    UnsubscribeController(Unsubscribing unsubscribing, Pages pages) {
        this.unsubscribing = unsubscribing;
        this.pages = pages;
    }

    @GetMapping(EmailPaths.UNSUBSCRIBE)
    ModelAndView ask(@PathVariable Edition edition, @PathVariable String token, HttpServletResponse response) {
        String topic = unsubscribing.topicOf(token).orElseThrow(NotFound::new);
        return page(edition, token, topic, false, response);
    }

    @PostMapping(EmailPaths.UNSUBSCRIBE)
    ModelAndView unsubscribe(@PathVariable Edition edition, @PathVariable String token, HttpServletResponse response) {
        String topic = unsubscribing.unsubscribe(token).orElseThrow(NotFound::new);
        return page(edition, token, topic, true, response);
    }

    private ModelAndView page(
            Edition edition, String token, String topic, boolean isDone, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        var builder = pages.in(edition);
        Page page = builder.title(builder.text().get("notifications.unsubscribe.title"))
                .name("robots", "noindex")
                .build();
        return new ModelAndView(
                "notifications/unsubscribe",
                Map.of(
                        "page",
                        page,
                        "topic",
                        builder.text().get("accounts.notifications.topic." + topic),
                        "action",
                        EmailPaths.unsubscribe(edition.code(), token),
                        "isDone",
                        isDone));
    }
}
