package io.tribune.notifications.push;

import java.util.Locale;

/** How soon a browser should be woken for a message (RFC 8030 section 5.3): breaking news is high. */
enum Urgency {
    VERY_LOW,
    LOW,
    NORMAL,
    HIGH;

    String header() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
