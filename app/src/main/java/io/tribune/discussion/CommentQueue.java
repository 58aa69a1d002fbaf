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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private final CommentRepository comments;
    private final ClusterMembers clusters;
    private final Accounts accounts;
    private final Articles articles;
    private final Clock clock;

    CommentQueue(
            CommentRepository comments, ClusterMembers clusters, Accounts accounts, Articles articles, Clock clock) {
        this.comments = comments;
        this.clusters = clusters;
        this.accounts = accounts;
        this.articles = articles;
        this.clock = clock;
    }

    /** One page of the queue; ask for one more than a page to learn whether another follows. */
    public List<QueuedComment> page(QueueQuery query) {
        Lookups lookups = new Lookups();
        return comments.queue(query, since()).stream()
                .map(r -> queued(r, lookups, true))
                .toList();
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
        Lookups lookups = new Lookups();
        return rows.stream()
                .map(row -> new HeldCluster(
                        row.cluster(),
                        row.newest(),
                        row.size(),
                        row.accounts(),
                        members.getOrDefault(row.cluster(), List.of()).stream()
                                .map(r -> queued(r, lookups, false))
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
        return clusters.join(comment.edition(), commentId, similar);
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
                .map(r -> queued(r, new Lookups(), true));
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

    /** The comment as a moderator reviews it; {@code isWhole} adds its thread and open reports. */
    private QueuedComment queued(CommentRepository.Reviewed reviewed, Lookups lookups, boolean isWhole) {
        StoredComment c = reviewed.comment();
        List<QueuedComment.ContextComment> context = new ArrayList<>();
        if (isWhole && c.isReply()) {
            comments.find(c.threadId()).ifPresent(thread -> context.add(context(thread, lookups)));
            if (!c.parentId().equals(c.threadId())) {
                comments.find(c.parentId()).ifPresent(parent -> context.add(context(parent, lookups)));
            }
        }
        Optional<DiscussedArticle> article = lookups.article(c.articleId());
        return new QueuedComment(
                c.id(),
                c.articleId(),
                article.map(DiscussedArticle::title).orElse(""),
                article.map(DiscussedArticle::path).orElse(null),
                c.edition(),
                c.authorId(),
                lookups.name(c.authorId()),
                c.body(),
                c.status(),
                c.rule(),
                reviewed.decision(),
                c.createdAt(),
                c.editedAt(),
                context,
                isWhole ? comments.openReports(c.id()) : List.of());
    }

    private QueuedComment.ContextComment context(StoredComment comment, Lookups lookups) {
        boolean isDeleted = comment.status() == CommentStatus.DELETED;
        return new QueuedComment.ContextComment(
                comment.id(),
                isDeleted ? null : lookups.name(comment.authorId()),
                isDeleted ? "" : comment.body(),
                comment.status());
    }

    /** Names and articles looked up once per page. */
    private final class Lookups {
        private final Map<Long, String> names = new HashMap<>();
        private final Map<Long, Optional<DiscussedArticle>> found = new HashMap<>();

        String name(long authorId) {
            return names.computeIfAbsent(
                    authorId,
                    id -> accounts.find(new AccountId(id))
                            .map(Reader::displayName)
                            .orElse(null));
        }

        Optional<DiscussedArticle> article(long articleId) {
            return found.computeIfAbsent(articleId, articles::discussed);
        }
    }
}
