package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.CommentQueue;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.CommunityStandards;
import io.tribune.discussion.ModerateComment;
import io.tribune.discussion.ModeratedComment;
import io.tribune.discussion.Queue;
import io.tribune.discussion.QueueQuery;
import io.tribune.discussion.QueuedComment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moderators' console: the queues of an edition and the decisions taken on their comments. Every
 * call checks first that the person moderates the edition (else {@link io.tribune.system.NotFound});
 * every decision is written to the audit log, and a rejection gets its statement of reasons, in the
 * transaction of the change.
 */
@Service
public class ModerationQueue {

    public static final int PAGE = 50;
    public static final int MAX_NOTE = 2000;

    private final Moderators moderators;
    private final CommentQueue comments;
    private final ModerateComment moderate;
    private final CommunityStandards standards;
    private final AuditLog audit;
    private final StatementsOfReasons statements;
    private final UnlockRequests unlockRequests;
    private final TransactionTemplate transaction;

    ModerationQueue(
            Moderators moderators,
            CommentQueue comments,
            ModerateComment moderate,
            CommunityStandards standards,
            AuditLog audit,
            StatementsOfReasons statements,
            UnlockRequests unlockRequests,
            TransactionTemplate transaction) {
        this.moderators = moderators;
        this.comments = comments;
        this.moderate = moderate;
        this.standards = standards;
        this.audit = audit;
        this.statements = statements;
        this.unlockRequests = unlockRequests;
        this.transaction = transaction;
    }

    public QueuePage page(AccountId moderator, String edition, Queue queue, QueueFilter filter) {
        moderators.check(moderator, edition);
        List<QueuedComment> found = comments.page(new QueueQuery(
                edition,
                queue,
                filter.rule(),
                filter.articleId(),
                filter.authorId(),
                filter.isOldestFirst(),
                filter.after(),
                PAGE + 1));
        Long next = null;
        if (found.size() > PAGE) {
            found = found.subList(0, PAGE);
            next = found.getLast().id();
        }
        return new QueuePage(
                edition, queue, filter, found.stream().map(ReviewItem::of).toList(), counts(edition), next);
    }

    /** The number in each tab of the console: the comment queues and the unlock requests. */
    public Map<String, Integer> counts(String edition) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        comments.counts(edition).forEach((queue, n) -> counts.put(queue.path(), n));
        counts.put("unlock", unlockRequests.countOpen(edition));
        return counts;
    }

    /** The rules a moderator may reject a comment of the edition under. */
    public List<CommunityStandards.Rule> rules(AccountId moderator, String edition) {
        moderators.check(moderator, edition);
        return standards.rules(edition);
    }

    public Decided approve(AccountId moderator, String edition, long commentId, String expected) {
        moderators.check(moderator, edition);
        CommentStatus seen = status(expected);
        if (seen == null) {
            return Decided.refused("moderation.error.decidedMeanwhile", 409);
        }
        return transaction.execute(tx -> {
            ModeratedComment moderated = moderate.approve(moderator, edition, commentId, seen);
            Decided refused = refusal(moderated);
            if (refused != null) {
                return refused;
            }
            audit.record(
                    moderator,
                    "comment.approve",
                    edition,
                    "comment",
                    commentId,
                    moderated.before().name(),
                    moderated.after().name(),
                    null,
                    null);
            return Decided.done("moderation.done.approved");
        });
    }

    public Decided reject(
            AccountId moderator, String edition, long commentId, String expected, String rule, String note) {
        moderators.check(moderator, edition);
        CommentStatus seen = status(expected);
        if (rule == null || standards.rules(edition).stream().noneMatch(r -> r.id().equals(rule))) {
            return Decided.refused("moderation.error.rule", 422);
        }
        String problem = Notes.problem(note, MAX_NOTE);
        if (problem != null) {
            return Decided.refused(problem, 422);
        }
        if (seen == null) {
            return Decided.refused("moderation.error.decidedMeanwhile", 409);
        }
        String kept = Notes.trimmed(note);
        return transaction.execute(tx -> {
            QueuedComment before = comments.find(edition, commentId).orElse(null);
            ModeratedComment moderated = moderate.reject(moderator, edition, commentId, seen, rule);
            Decided refused = refusal(moderated);
            if (refused != null) {
                return refused;
            }
            audit.record(
                    moderator,
                    "comment.reject",
                    edition,
                    "comment",
                    commentId,
                    moderated.before().name(),
                    moderated.after().name(),
                    rule,
                    kept);
            statements.commentRejectedByModerator(moderated, rule, kept, before);
            return Decided.done("moderation.done.rejected");
        });
    }

    private static Decided refusal(ModeratedComment moderated) {
        return switch (moderated.outcome()) {
            case DONE -> null;
            case NOT_FOUND -> Decided.refused("moderation.error.notFound", 404);
            case DECIDED_MEANWHILE -> Decided.refused("moderation.error.decidedMeanwhile", 409);
        };
    }

    /** The status the moderator saw, as the form sends it; null for anything but a known one. */
    private static CommentStatus status(String expected) {
        if (expected == null) {
            return null;
        }
        for (CommentStatus status : CommentStatus.values()) {
            if (status.name().equals(expected)) {
                return status;
            }
        }
        return null;
    }
}
