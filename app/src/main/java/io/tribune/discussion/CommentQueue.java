package io.tribune.discussion;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Reader;
import io.tribune.publishing.Articles;
import io.tribune.publishing.DiscussedArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The comments moderators review, queue by queue, each with its decision record, thread and reports.
 * Who may look is the caller's business (the moderation module asks it for its moderators' editions).
 */
@Service
public class CommentQueue {

    /** How far back the queue of rejected comments reaches. */
    public static final Duration RECENTLY = Duration.ofDays(30);

    /** Counts above this are shown as "more than": counting a long queue exactly on every page costs too much. */
    public static final int COUNT_CAP = 10_000;

    /** How many comments one statement reads by id, so that its list of parameters stays short. */
    private static final int AT_ONCE = 500;

    private final CommentRepository comments;
    private final ReviewContext context;
    private final ClusterMembers clusters;
    private final Accounts accounts;
    private final Articles articles;
    private final Clock clock;

    CommentQueue(
            CommentRepository comments,
            ReviewContext context,
            ClusterMembers clusters,
            Accounts accounts,
            Articles articles,
            Clock clock) {
        this.comments = comments;
        this.context = context;
        this.clusters = clusters;
        this.accounts = accounts;
        this.articles = articles;
        this.clock = clock;
    }

    /**
     * One page of the queue; ask for one more than a page to learn whether another follows. The page's
     * threads, reports, authors and articles are read for all its comments at once.
     */
    public List<QueuedComment> page(QueueQuery query) {
        return queued(comments.queue(query, since()), true);
    }

    /**
     * One page of the edition's flash-mob clusters (or another rule's): those with members still held
     * under the rule, the one with the newest member first, after the cluster whose newest member is
     * {@code after}; each with its newest {@code shown} held members, without their thread or reports.
     */
    public List<HeldCluster> clusters(String edition, String rule, Long after, int limit, int shown) {
        List<ClusterMembers.Row> rows = clusters.clusters(edition, rule, after, limit);
        Map<Long, List<CommentRepository.Reviewed>> members = clusters.members(
                edition, rule, rows.stream().map(ClusterMembers.Row::cluster).toList(), shown);
        Map<Long, QueuedComment> queued = new HashMap<>();
        queued(members.values().stream().flatMap(List::stream).toList(), false).forEach(q -> queued.put(q.id(), q));
        return rows.stream()
                .map(row -> new HeldCluster(
                        row.cluster(),
                        row.newest(),
                        row.size(),
                        row.accounts(),
                        members.getOrDefault(row.cluster(), List.of()).stream()
                                .map(r -> queued.get(r.comment().id()))
                                .toList()))
                .toList();
    }

    /** How many of the edition's clusters have members held under the rule. */
    public int countClusters(String edition, String rule) {
        return clusters.count(edition, rule);
    }

    /**
     * The ids of the members of the edition's cluster still held under the rule, oldest first: empty when
     * the edition has no such cluster, an empty list when it has but all its members were decided.
     */
    public Optional<List<Long>> heldInCluster(String edition, String rule, long cluster) {
        return clusters.held(edition, rule, cluster);
    }

    /** The comment's decision record if it is held under the rule; empty for any other comment. */
    public Optional<String> heldDecision(long commentId, String rule) {
        return comments.reviewed(commentId)
                .filter(r -> r.comment().status() == CommentStatus.HELD
                        && rule.equals(r.comment().rule()))
                .map(CommentRepository.Reviewed::decision);
    }

    /**
     * Files a comment held under a clustering rule into the cluster of the comments its decision names
     * as near-identical (see {@link ClusterMembers#join}), in the caller's transaction; returns the key.
     */
    public long joinCluster(long commentId, Set<Long> similar) {
        StoredComment comment = comments.find(commentId).orElseThrow();
        return clusters.join(comment.edition(), comment.rule(), commentId, similar);
    }

    /**
     * Keeps the row of the comment's cluster right, in the caller's transaction, after the comment was
     * decided, edited, deleted or taken down; nothing for a comment in no cluster.
     */
    public void clusterMemberChanged(long commentId) {
        clusters.changed(commentId);
    }

    /** Comments held under the rule that no cluster has yet, oldest first, after the id {@code after}. */
    public List<Long> unclustered(String rule, long after, int limit) {
        return clusters.unfiled(rule, after, limit);
    }

    /**
     * A cluster of comments held under one rule, as a moderator reviews it.
     *
     * @param key names the cluster in the membership (the id of the comment that started it)
     * @param newest the id of its newest held member
     * @param size how many members are held
     * @param accounts how many different accounts wrote them
     * @param members the newest of the held members, newest first
     */
    public record HeldCluster(long key, long newest, int size, int accounts, List<QueuedComment> members) {}

    /** How many comments wait in each queue of the edition, up to {@link #COUNT_CAP} + 1. */
    public Map<Queue, Integer> counts(String edition) {
        Map<Queue, Integer> counts = new EnumMap<>(Queue.class);
        Instant since = since();
        for (Queue queue : Queue.values()) {
            counts.put(queue, comments.countQueue(edition, queue, since, COUNT_CAP));
        }
        return counts;
    }

    /** The comment if it is one of the edition's; empty for any other id. */
    public Optional<QueuedComment> find(String edition, long commentId) {
        return comments.reviewed(commentId)
                .filter(r -> r.comment().edition().equals(edition))
                .map(r -> queued(List.of(r), true).getFirst());
    }

    /**
     * Those of the comments that are the edition's, by id, each as {@link #find(String, long)} gives it,
     * read a few hundred at a time rather than one by one.
     */
    public Map<Long, QueuedComment> find(String edition, Collection<Long> commentIds) {
        Map<Long, QueuedComment> found = new HashMap<>();
        List<Long> ids = List.copyOf(commentIds);
        for (int from = 0; from < ids.size(); from += AT_ONCE) {
            List<CommentRepository.Reviewed> mine =
                    context.reviewed(ids.subList(from, Math.min(ids.size(), from + AT_ONCE))).stream()
                            .filter(r -> r.comment().edition().equals(edition))
                            .toList();
            queued(mine, true).forEach(q -> found.put(q.id(), q));
        }
        return found;
    }

    /** Whether the account ever commented in the edition, so the edition's moderators may act on it. */
    public boolean hasCommentedIn(long authorId, String edition) {
        return comments.hasCommentedIn(authorId, edition);
    }

    /** The author's record in the edition: comments by status, reports filed and upheld. */
    public AuthorRecord authorRecord(long authorId, String edition) {
        return comments.authorRecord(authorId, edition);
    }

    private Instant since() {
        return clock.instant().minus(RECENTLY);
    }

    /**
     * The comments as a moderator reviews them; {@code isWhole} adds their threads and open reports. What
     * they show around them is read for all of them at once: a few statements however many they are.
     */
    private List<QueuedComment> queued(List<CommentRepository.Reviewed> reviewed, boolean isWhole) {
        Set<Long> answered = new HashSet<>();
        if (isWhole) {
            for (CommentRepository.Reviewed r : reviewed) {
                if (r.comment().isReply()) {
                    answered.add(r.comment().threadId());
                    answered.add(r.comment().parentId());
                }
            }
        }
        Map<Long, StoredComment> thread = context.comments(answered);
        Map<Long, List<QueuedComment.ReportCount>> reports = isWhole
                ? context.openReports(
                        reviewed.stream().map(r -> r.comment().id()).toList())
                : Map.of();
        Set<AccountId> authors = new HashSet<>();
        Set<Long> discussed = new HashSet<>();
        reviewed.forEach(r -> {
            authors.add(new AccountId(r.comment().authorId()));
            discussed.add(r.comment().articleId());
        });
        thread.values().forEach(c -> authors.add(new AccountId(c.authorId())));
        Map<AccountId, Reader> readers = accounts.find(authors);
        Map<Long, DiscussedArticle> found = articles.discussed(discussed);
        Function<Long, String> names = id -> Optional.ofNullable(readers.get(new AccountId(id)))
                .map(Reader::displayName)
                .orElse(null);
        List<QueuedComment> queued = new ArrayList<>();
        for (CommentRepository.Reviewed r : reviewed) {
            StoredComment c = r.comment();
            List<QueuedComment.ContextComment> above = new ArrayList<>();
            if (isWhole && c.isReply()) {
                Optional.ofNullable(thread.get(c.threadId())).ifPresent(t -> above.add(context(t, names)));
                if (!c.parentId().equals(c.threadId())) {
                    Optional.ofNullable(thread.get(c.parentId())).ifPresent(p -> above.add(context(p, names)));
                }
            }
            Optional<DiscussedArticle> article = Optional.ofNullable(found.get(c.articleId()));
            queued.add(new QueuedComment(
                    c.id(),
                    c.articleId(),
                    article.map(DiscussedArticle::title).orElse(""),
                    article.map(DiscussedArticle::path).orElse(null),
                    c.edition(),
                    c.authorId(),
                    names.apply(c.authorId()),
                    c.body(),
                    c.status(),
                    c.rule(),
                    r.decision(),
                    c.createdAt(),
                    c.editedAt(),
                    above,
                    reports.getOrDefault(c.id(), List.of())));
        }
        return queued;
    }

    private static QueuedComment.ContextComment context(StoredComment comment, Function<Long, String> names) {
        boolean isDeleted = comment.status() == CommentStatus.DELETED;
        return new QueuedComment.ContextComment(
                comment.id(),
                isDeleted ? null : names.apply(comment.authorId()),
                isDeleted ? "" : comment.body(),
                comment.status());
    }
}
