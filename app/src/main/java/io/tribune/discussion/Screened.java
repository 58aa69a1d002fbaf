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
 */
public record Screened(
        CommentStatus status,
        String rule,
        String notice,
        String record,
        String policyVersion,
        List<Revision> revisions) {

    public Screened {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }

    /** A comment screened without revealing anything about earlier ones. */
    public Screened(CommentStatus status, String rule, String notice, String record, String policyVersion) {
        this(status, rule, notice, record, policyVersion, List.of());
    }

    /**
     * An earlier comment to take down after all: held for a moderator or rejected under {@code rule}.
     *
     * @param commentId the earlier comment's id
     */
    public record Revision(long commentId, CommentStatus status, String rule) {}
}
