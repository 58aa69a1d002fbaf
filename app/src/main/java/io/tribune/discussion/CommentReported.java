package io.tribune.discussion;

/**
 * A reader reported a comment under a rule of the standards.
 *
 * @param isHidden whether the reports now weigh enough to hide the comment until a moderator reviews it
 */
public record CommentReported(
        long commentId, long articleId, String edition, long reporterId, String reason, boolean isHidden) {}
