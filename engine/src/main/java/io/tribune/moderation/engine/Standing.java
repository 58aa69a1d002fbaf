package io.tribune.moderation.engine;

/**
 * What is known of the author's record when the comment arrives: how many of their comments were
 * published before, and how many of their recent ones were rejected. The caller supplies it (the
 * application from its database, the command line from the comments it has already screened).
 */
public record Standing(int publishedBefore, int recentScreened, int recentRejected) {

    /** An author with no record at all. */
    public static final Standing NEW = new Standing(0, 0, 0);

    public double recentRejectionRate() {
        return recentScreened == 0 ? 0 : (double) recentRejected / recentScreened;
    }
}
