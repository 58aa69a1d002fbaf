package io.tribune.discussion;

import java.time.Instant;
import java.util.List;

/**
 * A comment as a moderator reviews it: its text and where it stands, the decision record its screening
 * stored (rules, scores, evidence as JSON), the thread it is in and the readers' reports on it.
 *
 * @param authorName the author's display name; null for an account that is gone
 * @param decision the screening's decision record as JSON, as the moderation engine wrote it
 * @param context the comments it answers, the thread's first first, without itself
 * @param openReports the reports no moderator has reviewed yet, per reason
 */
public record QueuedComment(
        long id,
        long articleId,
        String articleTitle,
        String articlePath,
        String edition,
        long authorId,
        String authorName,
        String body,
        CommentStatus status,
        String rule,
        String decision,
        Instant createdAt,
        Instant editedAt,
        List<ContextComment> context,
        List<ReportCount> openReports) {

    /** A comment of the thread shown above the one reviewed. */
    public record ContextComment(long id, String authorName, String body, CommentStatus status) {}

    /** How many open reports give a reason, and what they weigh together. */
    public record ReportCount(String reason, int count, double weight) {}
}
