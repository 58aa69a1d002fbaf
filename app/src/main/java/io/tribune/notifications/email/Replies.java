package io.tribune.notifications.email;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.Blocks;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.LiveComment;
import io.tribune.discussion.LiveComments;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which replies and comments a letter may tell of, as the discussion shows them now: a reply readers
 * see, by an author who is neither gone nor blocked, to a comment that is neither deleted nor the
 * replier's own; a comment of the reader's that is published.
 */
@Component
class Replies {

    /** A reply as a letter tells of it. */
    record Reply(long id, long articleId, String authorName, String body) {}

    private final LiveComments comments;
    private final Blocks blocks;

    Replies(LiveComments comments, Blocks blocks) {
        this.comments = comments;
        this.blocks = blocks;
    }

    /** The commenter to tell of this reply; empty when nobody is to be told. */
    Optional<Long> parentAuthor(long replyId, long articleId) {
        Optional<LiveComment> reply = comments.current(replyId, articleId).filter(this::isToldOf);
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        return comments.current(reply.get().parentId(), articleId)
                .filter(parent -> parent.comment() != null
                        && !parent.comment().isDeleted()
                        && !parent.comment().isAuthorGone())
                .map(LiveComment::authorId)
                .filter(author -> author != reply.get().authorId());
    }

    /** The reply, when it may still be told of to {@code reader}, the author of the comment it answers. */
    Optional<Reply> toldTo(long reader, long replyId, long articleId) {
        return parentAuthor(replyId, articleId)
                .filter(author -> author == reader)
                .flatMap(author -> comments.current(replyId, articleId))
                .map(reply -> new Reply(
                        reply.id(),
                        articleId,
                        reply.comment().authorName(),
                        reply.comment().body()));
    }

    /** Whether the reader's comment is published, as the approval letter says. */
    boolean isPublished(long reader, long commentId, long articleId) {
        return comments.current(commentId, articleId)
                .filter(c -> c.authorId() == reader)
                .map(LiveComment::comment)
                .filter(view -> view.status() == CommentStatus.PUBLISHED)
                .isPresent();
    }

    private boolean isToldOf(LiveComment reply) {
        return reply.isReply()
                && reply.comment() != null
                && reply.comment().status() == CommentStatus.PUBLISHED
                && !reply.comment().isAuthorGone()
                && !blocks.isBlocked(new AccountId(reply.authorId()));
    }
}
