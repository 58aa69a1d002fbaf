package io.tribune.notifications.push.web;

import io.tribune.notifications.push.PushPaths;
import io.tribune.notifications.push.PushSubscriptions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Takes the subscription a push service gave a browser in place of an old one, posted by the service
 * worker's {@code pushsubscriptionchange} handler. A worker has no page and so no form token; the old
 * endpoint, which only the browser, its push service and this site know, is what entitles the change,
 * and a renewal can only move an existing subscription. The answers carry no page: nobody reads them.
 */
@Controller
class RenewalController {

    private final PushSubscriptions subscriptions;

    RenewalController(PushSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping(PushPaths.RENEWAL)
    ResponseEntity<Void> renew(@ModelAttribute RenewalForm form) {
        HttpStatus status = switch (subscriptions.renew(form.old(), form.subscription())) {
            case RENEWED -> HttpStatus.NO_CONTENT;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).header("Cache-Control", "no-store").build();
    }
}
