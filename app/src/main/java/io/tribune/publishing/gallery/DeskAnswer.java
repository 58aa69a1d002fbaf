package io.tribune.publishing.gallery;

import java.util.Map;

/**
 * What became of an editor's change to a gallery.
 *
 * @param gallery the gallery's id (0 when a new one was refused)
 * @param problems message keys by form field; empty when the change was made
 */
public record DeskAnswer(long gallery, Map<String, String> problems) {

    /** The field under which a change made on an outdated page is refused. */
    public static final String STALE = "stale";

    static DeskAnswer done(long gallery) {
        return new DeskAnswer(gallery, Map.of());
    }

    static DeskAnswer refused(long gallery, Map<String, String> problems) {
        return new DeskAnswer(gallery, Map.copyOf(problems));
    }

    public boolean isDone() {
        return problems.isEmpty();
    }

    /** Another editor changed the gallery since this one's page was drawn: nothing was changed. */
    public boolean isStale() {
        return problems.containsKey(STALE);
    }
}
