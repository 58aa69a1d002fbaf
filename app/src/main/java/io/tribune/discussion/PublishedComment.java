package io.tribune.discussion;

/**
 * A published comment as every reader sees it, with where it goes in its discussion: live updates
 * draw it into the pages of readers who have the discussion open.
 *
 * @param discussion the discussion it belongs to, without a page of threads
 * @param threadId the thread it starts (its own id) or belongs to
 * @param parentId the comment it replies to, or null for a new thread
 */
public record PublishedComment(Discussion discussion, long threadId, Long parentId, CommentView comment) {

    public boolean isReply() {
        return parentId != null;
    }
}
