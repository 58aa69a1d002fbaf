package io.tribune.discussion;

/**
 * What screening decided for a comment.
 *
 * @param rule the id of the rule that decided a hold or a rejection, or null
 * @param notice what the author is told, in the edition's language
 * @param record the whole decision (rules, scores, evidence, holds) as JSON, kept with the comment for moderators
 * @param policyVersion the version of the policy applied
 */
public record Screened(CommentStatus status, String rule, String notice, String record, String policyVersion) {}
