package io.tribune.discussion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The flash-mob clusters' membership: which cluster each comment a rule held was filed into. Rows stay
 * when a member is decided; what the queue shows is the clusters with members still held under the rule,
 * read from a summary row per cluster that every change of a member brings up to date in its transaction.
 */
@Repository
class ClusterMembers {

    /** A cluster with held members: its key, how many are held, from how many accounts, the newest's id. */
    record Row(long cluster, int size, int accounts, long newest) {}

    private static final String HELD_MEMBERS = " from comment c join comment_cluster_member m on m.comment_id = c.id"
            + " where c.edition = :edition and c.status = 'HELD' and c.rule = :rule and m.edition = :edition";

    private final JdbcClient jdbc;

    ClusterMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Files the comment into the cluster of the comments it names, joining their clusters into the oldest
     * when they are several; a comment naming no member starts a cluster named by its own id. A comment
     * filed before (held again after an edit) moves to where its new decision puts it. Returns the key.
     * The summaries of every cluster touched are brought up to date before the transaction commits.
     */
    long join(String edition, String rule, long commentId, Set<Long> similar) {
        Set<Long> named = new LinkedHashSet<>(similar);
        named.remove(commentId);
        Set<Long> clusters = new TreeSet<>();
        if (!named.isEmpty()) {
            clusters.addAll(jdbc.sql("select distinct cluster_id from comment_cluster_member"
                            + " where edition = :edition and comment_id in (:ids)")
                    .param("edition", edition)
                    .param("ids", named)
                    .query(Long.class)
                    .list());
        }
        long cluster = clusters.isEmpty() ? commentId : clusters.iterator().next();
        Set<Long> touched = new TreeSet<>(clusters);
        touched.add(cluster);
        clusters.remove(cluster);
        if (!clusters.isEmpty()) {
            jdbc.sql("update comment_cluster_member set cluster_id = :into"
                            + " where edition = :edition and cluster_id in (:others)")
                    .param("into", cluster)
                    .param("edition", edition)
                    .param("others", clusters)
                    .update();
        }
        Optional<Long> before = clusterOf(commentId);
        before.ifPresent(touched::add);
        if (before.isPresent()) {
            jdbc.sql("update comment_cluster_member set cluster_id = :cluster where comment_id = :id")
                    .param("cluster", cluster)
                    .param("id", commentId)
                    .update();
        } else {
            jdbc.sql("insert into comment_cluster_member (comment_id, cluster_id, edition)"
                            + " values (:id, :cluster, :edition)")
                    .param("id", commentId)
                    .param("cluster", cluster)
                    .param("edition", edition)
                    .update();
        }
        boolean isSummed = jdbc.sql("select count(*) from comment_cluster where cluster_id = :cluster")
                        .param("cluster", cluster)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!isSummed) {
            jdbc.sql("insert into comment_cluster (cluster_id, edition, rule, held, accounts, newest)"
                            + " values (:cluster, :edition, :rule, 0, 0, 0)")
                    .param("cluster", cluster)
                    .param("edition", edition)
                    .param("rule", rule)
                    .update();
        }
        summarise(touched);
        return cluster;
    }

    /**
     * Brings the summary of the comment's cluster, if it has one, up to date before the transaction
     * commits: its status, rule or text changed.
     */
    void changed(long commentId) {
        clusterOf(commentId).ifPresent(cluster -> summarise(Set.of(cluster)));
    }

    private Optional<Long> clusterOf(long commentId) {
        return jdbc.sql("select cluster_id from comment_cluster_member where comment_id = :id")
                .param("id", commentId)
                .query(Long.class)
                .optional();
    }

    /**
     * Counts the clusters' held members again just before the transaction commits, once per cluster
     * however many of its members the transaction changed (a whole cluster decided at once), or at once
     * outside a transaction.
     */
    private void summarise(Collection<Long> clusters) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            recount(clusters);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> due = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (due == null) {
            Set<Long> pending = new TreeSet<>();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new Pending(pending));
            due = pending;
        }
        due.addAll(clusters);
    }

    /**
     * Counts each cluster's held members again and writes them into its summary. The summary row is
     * locked first, and the count read by the statement after, which sees what a transaction that held
     * the lock before committed: two transactions deciding members of one cluster at once leave it right.
     * Clusters are locked in the order of their keys, so two such transactions never wait on each other.
     */
    private void recount(Collection<Long> clusters) {
        for (long cluster : new TreeSet<>(clusters)) {
            Optional<String[]> summary = jdbc.sql(
                            "select edition, rule from comment_cluster where cluster_id = :cluster for update")
                    .param("cluster", cluster)
                    .query((rs, n) -> new String[] {rs.getString("edition"), rs.getString("rule")})
                    .optional();
            if (summary.isEmpty()) {
                continue;
            }
            Row row = jdbc.sql("select count(*) as size, count(distinct c.author_id) as accounts,"
                            + " coalesce(max(c.id), 0) as newest" + HELD_MEMBERS + " and m.cluster_id = :cluster")
                    .param("edition", summary.get()[0])
                    .param("rule", summary.get()[1])
                    .param("cluster", cluster)
                    .query((rs, n) -> new Row(cluster, rs.getInt("size"), rs.getInt("accounts"), rs.getLong("newest")))
                    .single();
            jdbc.sql("update comment_cluster set held = :held, accounts = :accounts, newest = :newest"
                            + " where cluster_id = :cluster")
                    .param("held", row.size())
                    .param("accounts", row.accounts())
                    .param("newest", row.newest())
                    .param("cluster", cluster)
                    .update();
        }
    }

    /** The clusters a transaction changed, counted again before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final Set<Long> clusters;

        Pending(Set<Long> clusters) {
            this.clusters = clusters;
        }

        @Override
        public void beforeCommit(boolean isReadOnly) {
            recount(clusters);
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(ClusterMembers.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(ClusterMembers.this, clusters);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ClusterMembers.this);
        }
    }

    /** The edition's clusters with members held under the rule, newest member first, after {@code after}. */
    List<Row> clusters(String edition, String rule, Long after, int limit) {
        String sql = "select cluster_id, held, accounts, newest from comment_cluster"
                + " where edition = :edition and rule = :rule and newest > 0"
                + (after == null ? "" : " and newest < :after")
                + " order by newest desc fetch first " + limit + " rows only";
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql).param("edition", edition).param("rule", rule);
        if (after != null) {
            statement = statement.param("after", after);
        }
        return statement
                .query((rs, n) -> new Row(
                        rs.getLong("cluster_id"), rs.getInt("held"), rs.getInt("accounts"), rs.getLong("newest")))
                .list();
    }

    /**
     * The newest {@code shown} held members of each cluster, newest first, with their decision records, in
     * one statement for the page: a short walk of the membership index per cluster (a branch of a union
     * each), however many members the clusters hold.
     */
    Map<Long, List<CommentRepository.Reviewed>> members(
            String edition, String rule, Collection<Long> clusters, int shown) {
        Map<Long, List<CommentRepository.Reviewed>> members = new LinkedHashMap<>();
        if (clusters.isEmpty()) {
            return members;
        }
        List<Long> keys = List.copyOf(clusters);
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : " union all ")
                    .append("(select m.cluster_id, ")
                    .append(prefixed())
                    .append(", c.decision from comment_cluster_member m join comment c on c.id = m.comment_id")
                    .append(" where m.edition = :edition and m.cluster_id = :cluster")
                    .append(i)
                    .append(" and c.status = 'HELD' and c.rule = :rule order by m.comment_id desc fetch first ")
                    .append(shown)
                    .append(" rows only)");
        }
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql.toString()).param("edition", edition).param("rule", rule);
        for (int i = 0; i < keys.size(); i++) {
            statement = statement.param("cluster" + i, keys.get(i));
            members.put(keys.get(i), new ArrayList<>());
        }
        statement.query(rs -> {
            members.get(rs.getLong("cluster_id"))
                    .add(new CommentRepository.Reviewed(CommentRepository.comment(rs, 0), rs.getString("decision")));
        });
        // a union keeps no order of its own
        members.values()
                .forEach(list -> list.sort(Comparator.comparingLong(
                                (CommentRepository.Reviewed r) -> r.comment().id())
                        .reversed()));
        return members;
    }

    /** How many of the edition's clusters have members held under the rule. */
    int count(String edition, String rule) {
        return jdbc.sql("select count(*) from comment_cluster where edition = :edition and rule = :rule and newest > 0")
                .param("edition", edition)
                .param("rule", rule)
                .query(Integer.class)
                .single();
    }

    /**
     * The ids of the cluster's members held under the rule, oldest first; empty when the edition has no
     * cluster of that key (an empty list when it has one, all decided).
     */
    Optional<List<Long>> held(String edition, String rule, long cluster) {
        boolean isKnown = jdbc.sql("select count(*) from comment_cluster_member"
                                + " where edition = :edition and cluster_id = :cluster")
                        .param("edition", edition)
                        .param("cluster", cluster)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!isKnown) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select c.id" + HELD_MEMBERS + " and m.cluster_id = :cluster order by c.id")
                .param("edition", edition)
                .param("rule", rule)
                .param("cluster", cluster)
                .query(Long.class)
                .list());
    }

    /** Comments held under the rule and filed in no cluster (held before clusters were kept), oldest first. */
    List<Long> unfiled(String rule, long after, int limit) {
        return jdbc.sql("select c.id from comment c where c.status = 'HELD' and c.rule = :rule and c.id > :after"
                        + " and not exists (select 1 from comment_cluster_member m where m.comment_id = c.id)"
                        + " order by c.id fetch first " + limit + " rows only")
                .param("rule", rule)
                .param("after", after)
                .query(Long.class)
                .list();
    }

    private static String prefixed() {
        return java.util.Arrays.stream(CommentRepository.COLUMNS.split(","))
                .map(column -> "c." + column.strip())
                .collect(Collectors.joining(", "));
    }
}
