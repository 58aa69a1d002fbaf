package io.tribune.notifications.push;

import org.springframework.stereotype.Component;

/** The site's VAPID public key as browsers subscribe with it ({@code applicationServerKey}). */
@Component
public class VapidPublicKey {

    private final String text;

    VapidPublicKey(PushService push) {
        this.text = push.keys().publicKeyText();
    }

    public String text() {
        return text;
    }
}
