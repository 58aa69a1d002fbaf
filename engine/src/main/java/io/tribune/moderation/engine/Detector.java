package io.tribune.moderation.engine;

import java.util.Set;

/**
 * Finds evidence for one or more rules in a comment. Detectors are stateless or keep their state
 * behind a store that is safe to share; they must bound their work (see {@link Screening#checkDeadline()}).
 */
public interface Detector {

    /** A short stable name for logs and failure counts, e.g. {@code lexicon}. */
    String name();

    /** The rules this detector can report. */
    Set<RuleId> rules();

    void inspect(Screening screening, Report report);

    /**
     * Whether this detector's findings are learned scores (a trained classifier, the semantic heads). A
     * learned finding alone never rejects: the engine holds it for a moderator unless a detector that is
     * not learned found the same rule.
     */
    default boolean learned() {
        return false;
    }
}
