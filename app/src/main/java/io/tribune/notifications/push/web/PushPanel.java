package io.tribune.notifications.push.web;

import java.util.List;

/**
 * What the preferences panel shows: the topics on offer, which are ticked, and a line saying what just
 * happened (a message key), as a problem or not.
 */
public record PushPanel(List<Choice> choices, boolean isSignedIn, String status, boolean isProblem) {

    /** One topic's box; one the reader cannot choose yet (replies before logging in) is shown disabled. */
    public record Choice(String topic, String label, boolean isChosen, boolean isAvailable) {}
}
