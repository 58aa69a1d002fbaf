package io.tribune.discussion;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.web.DiscussionPaths;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Who is to hear of a reply, as the discussion shows it now: the author of the comment it answers,
 * when readers see the reply (published), its author's account is neither gone nor blocked, and the
 * comment it answers is shown, not deleted, by an author whose account is neither gone nor blocked and
 * who is not the replier. Every channel that tells of replies (push, email) asks this, so that they agree on who hears.
 */
@Service
public class ReplyRecipients {

    /**
     * The reply as it is to be told, and to whom.
     *
     * @param parentAuthorId the commenter the reply answers, who is to hear of it
     * @param replyId the reply
     * @param articleId the article it is under
     * @param replierName the replier's display name
     * @param body the reply's text
     */
    public record Recipient(long parentAuthorId, long replyId, long articleId, String replierName, String body) {

        /** The reply's own address in the edition ({@code /en/comments/42}), which opens its discussion at it. */
        public String permalink(String edition) {
            return DiscussionPaths.permalink(edition, replyId);
        }
    }

    private final LiveComments comments;
    private final Blocks blocks;

    ReplyRecipients(LiveComments comments, Blocks blocks) {
        this.comments = comments;
        this.blocks = blocks;
    }

    /** Who is to hear of the reply now; empty when nobody is (or it is not a reply under that article). */
    public Optional<Recipient> of(long replyId, long articleId) {
        Optional<LiveComment> reply = comments.current(replyId, articleId).filter(this::isToldOf);
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        return comments.current(reply.get().parentId(), articleId)
                .filter(parent -> parent.comment() != null
                        && !parent.comment().isDeleted()
                        && !parent.comment().isAuthorGone())
                .filter(parent -> parent.authorId() != reply.get().authorId())
                .filter(parent -> !blocks.isBlocked(new AccountId(parent.authorId())))
                .map(parent -> new Recipient(
                        parent.authorId(),
                        replyId,
                        articleId,
                        reply.get().comment().authorName(),
                        reply.get().comment().body()));
    }

    private boolean isToldOf(LiveComment reply) {
        return reply.isReply()
                && reply.comment() != null
                && reply.comment().status() == CommentStatus.PUBLISHED
                && !reply.comment().isAuthorGone()
                && !blocks.isBlocked(new AccountId(reply.authorId()));
    }
}
