package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.CommentQueue;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.CommentText;
import io.tribune.discussion.CommunityStandards;
import io.tribune.discussion.ModerateComment;
import io.tribune.discussion.ModeratedComment;
import io.tribune.discussion.Queue;
import io.tribune.discussion.QueueQuery;
import io.tribune.discussion.QueuedComment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The rule whose held comments the clusters queue gathers. */
    public static final String FLASH_MOB = "flash_mob";

    /** How many of the newest held flash-mob comments the clusters queue gathers from. */
    public static final int CLUSTER_READ = 500;

    /** The most comments one bulk action decides. */
    public static final int MAX_BULK = CLUSTER_READ;

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
        Map<Long, String> held = comments.heldDecisions(edition, FLASH_MOB, CLUSTER_READ);
        Map<Long, Long> roots = roots(held);
        counts.put("clusters", (int)
                held.keySet().stream().map(id -> root(roots, id)).distinct().count());
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
        Decided refusedInput = Grounds.refusal(standards, edition, rule, note);
        if (refusedInput != null) {
            return refusedInput;
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

    /**
     * The flash mobs waiting in the edition, newest first: its newest held flash-mob comments gathered
     * into clusters by the near-identical comments each one's evidence names.
     */
    public List<Cluster> clusters(AccountId moderator, String edition) {
        moderators.check(moderator, edition);
        return gather(comments.heldUnder(edition, FLASH_MOB, CLUSTER_READ));
    }

    /** Joins held comments that name one another as near-identical, each cluster newest first. */
    static List<Cluster> gather(List<QueuedComment> held) {
        Map<Long, String> decisions = new LinkedHashMap<>();
        held.forEach(c -> decisions.put(c.id(), c.decision()));
        Map<Long, Long> parent = roots(decisions);
        Map<Long, List<ReviewItem>> groups = new LinkedHashMap<>();
        held.stream()
                .sorted(Comparator.comparingLong(QueuedComment::id).reversed())
                .forEach(c -> groups.computeIfAbsent(root(parent, c.id()), k -> new ArrayList<>())
                        .add(ReviewItem.of(c)));
        return groups.values().stream()
                .map(members ->
                        new Cluster(members.getFirst().comment().id(), List.copyOf(members), (int) members.stream()
                                .mapToLong(m -> m.comment().authorId())
                                .distinct()
                                .count()))
                .toList();
    }

    /** Each held comment's link towards its cluster's root (union-find over the ids each record names). */
    private static Map<Long, Long> roots(Map<Long, String> decisions) {
        Map<Long, Long> parent = new HashMap<>();
        decisions.keySet().forEach(id -> parent.put(id, id));
        decisions.forEach((id, decision) -> {
            for (long other : DecisionRecord.similarTo(decision, FLASH_MOB)) {
                if (parent.containsKey(other)) {
                    parent.put(root(parent, id), root(parent, other));
                }
            }
        });
        return parent;
    }

    private static long root(Map<Long, Long> parent, long id) {
        long root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    /**
     * Approves or rejects held comments together — a whole cluster, or the members the moderator chose.
     * Every id must be a comment of the edition, else nothing changes. Each comment changes only if it
     * is still held, so what another moderator decided meanwhile is left as they decided it and counted
     * in the answer. Each change is audited; a rejection tells each author once, in one statement of
     * reasons for all their comments rejected together.
     */
    public Decided bulk(
            AccountId moderator, String edition, boolean isReject, List<String> ids, String rule, String note) {
        moderators.check(moderator, edition);
        if (ids == null || ids.isEmpty()) {
            return Decided.refused("moderation.error.noneChosen", 422);
        }
        if (ids.size() > MAX_BULK) {
            return Decided.refused("moderation.error.tooMany", 422);
        }
        Set<Long> chosen = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Decided.refused("moderation.error.notFound", 404);
            }
            chosen.add(Long.parseLong(id));
        }
        Decided refusedInput = isReject ? Grounds.refusal(standards, edition, rule, note) : Grounds.refusal(note);
        if (refusedInput != null) {
            return refusedInput;
        }
        String kept = Notes.trimmed(note);
        return transaction.execute(tx -> {
            Map<Long, QueuedComment> before = new LinkedHashMap<>();
            for (long id : chosen) {
                QueuedComment found = comments.find(edition, id).orElse(null);
                if (found == null) {
                    return Decided.refused("moderation.error.notFound", 404);
                }
                before.put(id, found);
            }
            int done = 0;
            int meanwhile = 0;
            Map<Long, List<ModeratedComment>> byAuthor = new LinkedHashMap<>();
            for (long id : chosen) {
                ModeratedComment moderated = isReject
                        ? moderate.reject(moderator, edition, id, CommentStatus.HELD, rule)
                        : moderate.approve(moderator, edition, id, CommentStatus.HELD);
                if (moderated.outcome() != ModeratedComment.Outcome.DONE) {
                    meanwhile++;
                    continue;
                }
                done++;
                audit.record(
                        moderator,
                        isReject ? "comment.reject" : "comment.approve",
                        edition,
                        "comment",
                        id,
                        moderated.before().name(),
                        moderated.after().name(),
                        isReject ? rule : null,
                        kept);
                byAuthor.computeIfAbsent(moderated.authorId(), a -> new ArrayList<>())
                        .add(moderated);
            }
            if (isReject) {
                byAuthor.values()
                        .forEach(rejected -> statements.commentsRejectedTogether(
                                rejected,
                                rule,
                                kept,
                                rejected.stream()
                                        .map(m -> before.get(m.commentId()))
                                        .toList()));
            }
            if (done == 0) {
                return Decided.refused("moderation.error.decidedMeanwhile", 409);
            }
            return new Decided(
                    true,
                    isReject ? "moderation.done.bulkRejected" : "moderation.done.bulkApproved",
                    200,
                    List.of(done, meanwhile));
        });
    }

    /**
     * Replaces a comment's text with the moderator's version, under a rule of the standards. It changes
     * only if the comment still reads as the moderator saw it ({@code version}, see {@link #version}) with
     * the status they saw. The audit keeps the text before and after, the comment keeps its earlier text
     * as a revision, and the author gets a statement of reasons.
     */
    public Decided edit(
            AccountId moderator,
            String edition,
            long commentId,
            String expected,
            String version,
            String text,
            String rule,
            String note) {
        moderators.check(moderator, edition);
        CommentStatus seen = status(expected);
        Decided refusedInput = Grounds.refusal(standards, edition, rule, note);
        if (refusedInput != null) {
            return refusedInput;
        }
        CommentText.Checked checked = CommentText.check(text);
        if (checked.text().isEmpty()) {
            return Decided.refused(
                    switch (checked.problem()) {
                        case "discussion.error.tooLong" -> "moderation.error.tooLong";
                        case "discussion.error.unreadable" -> "moderation.error.malformed";
                        default -> "moderation.error.editEmpty";
                    },
                    422);
        }
        if (seen == null || version == null) {
            return Decided.refused("moderation.error.decidedMeanwhile", 409);
        }
        String kept = Notes.trimmed(note);
        CommentText edited = checked.text().get();
        return transaction.execute(tx -> {
            QueuedComment before = comments.find(edition, commentId).orElse(null);
            if (before == null) {
                return Decided.refused("moderation.error.notFound", 404);
            }
            if (!version(before.body()).equals(version) || before.status() != seen) {
                return Decided.refused("moderation.error.decidedMeanwhile", 409);
            }
            if (before.body().equals(edited.value())) {
                return Decided.refused("moderation.error.unchanged", 422);
            }
            ModeratedComment moderated = moderate.edit(moderator, edition, commentId, seen, before.body(), edited);
            Decided refused = refusal(moderated);
            if (refused != null) {
                return refused;
            }
            audit.recordEdit(moderator, edition, commentId, rule, kept, before.body(), edited.value());
            statements.commentEdited(moderated, rule, kept);
            return Decided.done("moderation.done.edited");
        });
    }

    /** A short fingerprint of a comment's text, which the edit form sends back to show what it edited. */
    public static String version(String body) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
