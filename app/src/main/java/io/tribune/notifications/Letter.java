package io.tribune.notifications;

import java.util.Map;

/**
 * One email to one address: its plain text, the same in HTML when it has an HTML part (sent together
 * as multipart/alternative), and any extra headers it carries (e.g. List-Unsubscribe).
 *
 * @param html the HTML part made from {@code body}, or null for a plain-text letter
 */
record Letter(String to, String subject, String body, String html, Map<String, String> headers) {

    Letter {
        headers = Map.copyOf(headers);
    }

    Letter(String to, String subject, String body) {
        this(to, subject, body, null, Map.of());
    }
}
