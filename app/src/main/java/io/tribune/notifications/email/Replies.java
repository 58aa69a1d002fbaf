package io.tribune.notifications.email;

import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.LiveComment;
import io.tribune.discussion.LiveComments;
import io.tribune.discussion.ReplyRecipients;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which replies and comments a letter may tell of, as the discussion shows them now: a reply whose
 * recipient discussion names ({@link ReplyRecipients}, as push asks it too), and a comment of the
 * reader's that is published.
 */
@Component
class Replies {

    private final ReplyRecipients recipients;
    private final LiveComments comments;

    Replies(ReplyRecipients recipients, LiveComments comments) {
        this.recipients = recipients;
        this.comments = comments;
    }

    /** The commenter to tell of this reply; empty when nobody is to be told. */
    Optional<Long> parentAuthor(long replyId, long articleId) {
        return recipients.of(replyId, articleId).map(ReplyRecipients.Recipient::parentAuthorId);
    }

    /** The reply, when it may still be told of to {@code reader}, the author of the comment it answers. */
    Optional<ReplyRecipients.Recipient> toldTo(long reader, long replyId, long articleId) {
        return recipients.of(replyId, articleId).filter(recipient -> recipient.parentAuthorId() == reader);
    }

    /** Whether the reader's comment is published, as the approval letter says. */
    boolean isPublished(long reader, long commentId, long articleId) {
        return comments.current(commentId, articleId)
                .filter(c -> c.authorId() == reader)
                .map(LiveComment::comment)
                .filter(view -> view.status() == CommentStatus.PUBLISHED)
                .isPresent();
    }
}
