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

    /** How many clusters one page of the clusters queue shows. */
    public static final int CLUSTER_PAGE = 10;

    /** How many of a cluster's held members its row shows; deciding on the whole cluster takes them all. */
    public static final int CLUSTER_SHOWN = 50;

    /** The most comments one bulk action on ticked comments decides. */
    public static final int MAX_BULK = 500;

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
        counts.put("clusters", comments.countClusters(edition, FLASH_MOB));
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
     * The flash mobs waiting in the edition, the one with the newest held member first, a page after the
     * cluster whose newest member is {@code after} (null for the first page).
     */
    public ClusterPage clusters(AccountId moderator, String edition, Long after) {
        moderators.check(moderator, edition);
        List<CommentQueue.HeldCluster> found =
                comments.clusters(edition, FLASH_MOB, after, CLUSTER_PAGE + 1, CLUSTER_SHOWN);
        Long next = null;
        if (found.size() > CLUSTER_PAGE) {
            found = found.subList(0, CLUSTER_PAGE);
            next = found.getLast().newest();
        }
        return new ClusterPage(
                found.stream()
                        .map(c -> new Cluster(
                                c.newest(),
                                c.key(),
                                c.size(),
                                c.members().stream().map(ReviewItem::of).toList(),
                                c.accounts()))
                        .toList(),
                next);
    }

    /**
     * Approves or rejects every member of the edition's cluster still held, shown or not. A key that
     * names none of the edition's clusters changes nothing (404); a cluster with no member left held was
     * decided already (409).
     */
    public Decided decideCluster(
            AccountId moderator, String edition, boolean isReject, String cluster, String rule, String note) {
        moderators.check(moderator, edition);
        Long key = id(cluster);
        if (key == null) {
            return Decided.refused("moderation.error.notFound", 404);
        }
        Decided refusedInput = isReject ? Grounds.refusal(standards, edition, rule, note) : Grounds.refusal(note);
        if (refusedInput != null) {
            return refusedInput;
        }
        String kept = Notes.trimmed(note);
        return transaction.execute(tx -> comments.heldInCluster(edition, FLASH_MOB, key)
                .map(held -> held.isEmpty()
                        ? Decided.refused("moderation.error.decidedMeanwhile", 409)
                        : together(moderator, edition, isReject, new LinkedHashSet<>(held), rule, kept))
                .orElseGet(() -> Decided.refused("moderation.error.notFound", 404)));
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
            Long parsed = id(id);
            if (parsed == null) {
                return Decided.refused("moderation.error.notFound", 404);
            }
            chosen.add(parsed);
        }
        Decided refusedInput = isReject ? Grounds.refusal(standards, edition, rule, note) : Grounds.refusal(note);
        if (refusedInput != null) {
            return refusedInput;
        }
        String kept = Notes.trimmed(note);
        return transaction.execute(tx -> together(moderator, edition, isReject, chosen, rule, kept));
    }

    /**
     * Decides on the chosen comments of the edition in the caller's transaction; none changes when one is
     * not the edition's. See {@link #bulk}.
     */
    private Decided together(
            AccountId moderator, String edition, boolean isReject, Set<Long> chosen, String rule, String kept) {
        Map<Long, QueuedComment> before = comments.find(edition, chosen);
        if (!before.keySet().containsAll(chosen)) {
            return Decided.refused("moderation.error.notFound", 404);
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
    }

    /** The id a form sends, or null for anything but a number of at most 18 digits. */
    private static Long id(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > 18
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(text);
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
