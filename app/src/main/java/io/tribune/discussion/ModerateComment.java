package io.tribune.discussion;

import io.tribune.accounts.AccountId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A moderator approves or rejects a comment of an edition, as they saw it: the change is made only if
 * the comment still has the status they saw, so of two moderators acting at once one wins and the
 * other is told. Approving publishes the comment (or, for a published one that readers reported,
 * dismisses the reports); rejecting takes it down and upholds the reports. Whether the moderator may
 * act in the edition is the caller's business.
 */
@Service
public class ModerateComment {

    private final CommentRepository comments;
    private final Counts counts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ModerateComment(
            CommentRepository comments,
            Counts counts,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.clock = clock;
        this.comments = comments;
        this.counts = counts;
        this.events = events;
        this.transaction = transaction;
    }

    public ModeratedComment approve(AccountId moderator, String edition, long commentId, CommentStatus expected) {
        return transaction.execute(
                status -> change(moderator, edition, commentId, expected, CommentStatus.PUBLISHED, null));
    }

    /** Rejects the comment under the rule (whose validity the caller checked). */
    public ModeratedComment reject(
            AccountId moderator, String edition, long commentId, CommentStatus expected, String rule) {
        return transaction.execute(
                status -> change(moderator, edition, commentId, expected, CommentStatus.REJECTED, rule));
    }

    /**
     * Replaces the comment's text with the moderator's version if it still has the status and the text
     * the moderator saw ({@code seen}); its status stays. Whether the new text is acceptable is the
     * caller's business ({@link CommentText#check}).
     */
    public ModeratedComment edit(
            AccountId moderator,
            String edition,
            long commentId,
            CommentStatus expected,
            String seen,
            CommentText text) {
        return transaction.execute(status -> {
            Optional<StoredComment> found =
                    comments.find(commentId).filter(c -> c.edition().equals(edition));
            if (found.isEmpty()) {
                return new ModeratedComment(
                        ModeratedComment.Outcome.NOT_FOUND, commentId, 0, edition, 0, null, null, null);
            }
            StoredComment comment = found.get();
            boolean isDone = expected != CommentStatus.DELETED
                    && comments.editByModerator(
                            commentId, expected, seen, text.value(), moderator.value(), clock.instant());
            return new ModeratedComment(
                    isDone ? ModeratedComment.Outcome.DONE : ModeratedComment.Outcome.DECIDED_MEANWHILE,
                    commentId,
                    comment.articleId(),
                    edition,
                    comment.authorId(),
                    comment.status(),
                    comment.status(),
                    comment.createdAt());
        });
    }

    private ModeratedComment change(
            AccountId moderator,
            String edition,
            long commentId,
            CommentStatus expected,
            CommentStatus decided,
            String rule) {
        Optional<StoredComment> found =
                comments.find(commentId).filter(c -> c.edition().equals(edition));
        if (found.isEmpty()) {
            return new ModeratedComment(ModeratedComment.Outcome.NOT_FOUND, commentId, 0, edition, 0, null, null, null);
        }
        StoredComment comment = found.get();
        boolean isDone;
        if (expected == CommentStatus.PUBLISHED && decided == CommentStatus.PUBLISHED) {
            // a reported comment stays up: its reports are dismissed, by whoever gets there first
            isDone = comments.closeReports(commentId, "DISMISSED") > 0;
        } else if (expected == decided || expected == CommentStatus.DELETED) {
            isDone = false;
        } else {
            isDone = comments.decide(commentId, expected, decided, rule);
            if (isDone) {
                comments.closeReports(commentId, decided == CommentStatus.REJECTED ? "UPHELD" : "DISMISSED");
            }
        }
        if (!isDone) {
            CommentStatus now =
                    comments.find(commentId).map(StoredComment::status).orElse(comment.status());
            return new ModeratedComment(
                    ModeratedComment.Outcome.DECIDED_MEANWHILE,
                    commentId,
                    comment.articleId(),
                    edition,
                    comment.authorId(),
                    comment.status(),
                    now,
                    comment.createdAt());
        }
        counts.recount(comment);
        events.publishEvent(new CommentModerated(
                commentId,
                comment.articleId(),
                edition,
                comment.authorId(),
                expected,
                decided,
                moderator.value(),
                rule));
        if (decided == CommentStatus.PUBLISHED && expected != CommentStatus.PUBLISHED) {
            // readers with the discussion open receive it as they receive any comment just published
            events.publishEvent(new CommentPosted(
                    commentId, comment.articleId(), edition, comment.authorId(), CommentStatus.PUBLISHED));
        }
        return new ModeratedComment(
                ModeratedComment.Outcome.DONE,
                commentId,
                comment.articleId(),
                edition,
                comment.authorId(),
                expected,
                decided,
                comment.createdAt());
    }
}
