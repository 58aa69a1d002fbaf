package io.tribune.discussion;

import java.util.List;

/**
 * What screening decided for a comment.
 *
 * @param rule the id of the rule that decided a hold or a rejection, or null
 * @param notice what the author is told, in the edition's language
 * @param record the whole decision (rules, scores, evidence, holds) as JSON, kept with the comment for moderators
 * @param policyVersion the version of the policy applied
 * @param revisions earlier comments this one showed to be part of a flood or an organised wave, with
 *     what becomes of them
 * @param activity what the screening learned from the comment for the screening of later ones, kept in
 *     the transaction that records the decision
 */
public record Screened(
        CommentStatus status,
        String rule,
        String notice,
        String record,
        String policyVersion,
        List<Revision> revisions,
        Activity activity) {

    public Screened {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        activity = activity == null ? Activity.NONE : activity;
    }

    /** A comment screened without revealing anything about earlier ones. */
    public Screened(CommentStatus status, String rule, String notice, String record, String policyVersion) {
        this(status, rule, notice, record, policyVersion, List.of(), Activity.NONE);
    }

    /**
     * What the screening would remember of a comment (the recent activity that flood and flash-mob rules
     * compare later comments with). The screening writes nothing itself: the discussion keeps this in
     * the transaction that stores the comment and its decision, so that it is kept exactly when they
     * are, and a post commits once.
     */
    @FunctionalInterface
    public interface Activity {

        /** Nothing to remember. */
        Activity NONE = commentId -> {};

        /** Writes it in the caller's transaction, filed under the comment's id (known only once it is stored). */
        void keep(long commentId);
    }

    /**
     * An earlier comment to take down after all: held for a moderator or rejected under {@code rule}.
     *
     * @param commentId the earlier comment's id
     */
    public record Revision(long commentId, CommentStatus status, String rule) {}
}
