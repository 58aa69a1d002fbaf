package io.tribune.discussion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commenter deletes a comment of theirs. It leaves the discussion at once (a thread whose first
 * comment is deleted keeps its replies under a placeholder) and stays in the table for moderators.
 */
@Service
public class DeleteComment {

    private final CommentRepository comments;
    private final Counts counts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DeleteComment(
            CommentRepository comments,
            Counts counts,
            ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.comments = comments;
        this.counts = counts;
        this.events = events;
        this.transaction = transaction;
    }

    /** Deletes the comment; the message key of why not, or null when it is gone. */
    public String delete(CommentChange change) {
        StoredComment comment = OwnComments.find(comments, change);
        if (comment.authorId() != change.reader().value()) {
            return "discussion.error.notYours";
        }
        if (comment.status() == CommentStatus.DELETED) {
            return null;
        }
        transaction.executeWithoutResult(status -> {
            comments.markDeleted(comment.id());
            counts.recount(comment);
            events.publishEvent(
                    new CommentDeleted(comment.id(), comment.articleId(), comment.edition(), comment.authorId()));
        });
        return null;
    }
}
