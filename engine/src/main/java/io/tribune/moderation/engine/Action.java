package io.tribune.moderation.engine;

import java.util.Locale;

/** What a policy does when a rule fires: reject the comment, hold it for a moderator, or only flag it. */
public enum Action {
    REJECT,
    HOLD,
    FLAG;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
