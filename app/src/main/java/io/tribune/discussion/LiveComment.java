package io.tribune.discussion;

import java.util.Optional;

/**
 * A comment as readers who have its discussion open are to be shown it now, with where it goes in its
 * discussion: live updates draw it into their pages, or take it out.
 *
 * @param discussion the discussion it belongs to, without a page of threads, with its count as it is now
 * @param id the comment's id
 * @param threadId the thread it starts (its own id) or belongs to
 * @param parentId the comment it replies to, or null for a new thread
 * @param authorId its commenter, who is shown it differently (as their own, and while it is held)
 * @param comment what every other reader is shown: the comment, the placeholder of a deleted first
 *     comment that keeps its replies, or null when they are shown nothing
 * @param asAuthor what its commenter is shown, or null when nothing
 */
public record LiveComment(
        Discussion discussion,
        long id,
        long threadId,
        Long parentId,
        long authorId,
        CommentView comment,
        CommentView asAuthor) {

    public boolean isReply() {
        return parentId != null;
    }

    /** What the reader with this account (null when not signed in) is shown; empty when nothing. */
    public Optional<CommentView> seenBy(Long readerId) {
        return Optional.ofNullable(readerId != null && readerId == authorId ? asAuthor : comment);
    }
}
