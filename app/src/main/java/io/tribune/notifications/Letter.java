package io.tribune.notifications;

import java.util.Map;

/** One plain-text email to one address, with any extra headers it carries (e.g. List-Unsubscribe). */
record Letter(String to, String subject, String body, Map<String, String> headers) {

    Letter {
        headers = Map.copyOf(headers);
    }

    Letter(String to, String subject, String body) {
        this(to, subject, body, Map.of());
    }
}
