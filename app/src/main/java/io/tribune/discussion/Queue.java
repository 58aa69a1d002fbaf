package io.tribune.discussion;

/** The moderators' queues of one edition's comments. */
public enum Queue {
    /** Comments waiting for a moderator: pre-moderated, held by screening, or hidden by readers' reports. */
    HELD,
    /** Comments with readers' reports no moderator has reviewed yet. */
    REPORTED,
    /** Comments rejected in the last 30 days, by screening or by a moderator. */
    REJECTED;

    /** The queue named in a path, e.g. {@code held}; null for anything else. */
    public static Queue named(String name) {
        for (Queue queue : values()) {
            if (queue.name().equalsIgnoreCase(name)) {
                return queue;
            }
        }
        return null;
    }

    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
