package io.tribune.discussion;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The flash-mob clusters' membership: which cluster each comment a rule held was filed into. Rows stay
 * when a member is decided; what the queue shows is the clusters with members still held under the rule.
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
     */
    long join(String edition, long commentId, Set<Long> similar) {
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
        clusters.remove(cluster);
        if (!clusters.isEmpty()) {
            jdbc.sql("update comment_cluster_member set cluster_id = :into"
                            + " where edition = :edition and cluster_id in (:others)")
                    .param("into", cluster)
                    .param("edition", edition)
                    .param("others", clusters)
                    .update();
        }
        int moved = jdbc.sql("update comment_cluster_member set cluster_id = :cluster where comment_id = :id")
                .param("cluster", cluster)
                .param("id", commentId)
                .update();
        if (moved == 0) {
            jdbc.sql("insert into comment_cluster_member (comment_id, cluster_id, edition)"
                            + " values (:id, :cluster, :edition)")
                    .param("id", commentId)
                    .param("cluster", cluster)
                    .param("edition", edition)
                    .update();
        }
        return cluster;
    }

    /** The edition's clusters with members held under the rule, newest member first, after {@code after}. */
    List<Row> clusters(String edition, String rule, Long after, int limit) {
        String sql = "select m.cluster_id, count(*) as size, count(distinct c.author_id) as accounts,"
                + " max(c.id) as newest" + HELD_MEMBERS + " group by m.cluster_id"
                + (after == null ? "" : " having max(c.id) < :after")
                + " order by newest desc fetch first " + limit + " rows only";
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql).param("edition", edition).param("rule", rule);
        if (after != null) {
            statement = statement.param("after", after);
        }
        return statement
                .query((rs, n) -> new Row(
                        rs.getLong("cluster_id"), rs.getInt("size"), rs.getInt("accounts"), rs.getLong("newest")))
                .list();
    }

    /**
     * The newest {@code shown} held members of each cluster, newest first, with their decision records:
     * one short walk of the membership index per cluster, however many members the clusters hold.
     */
    Map<Long, List<CommentRepository.Reviewed>> members(
            String edition, String rule, Collection<Long> clusters, int shown) {
        Map<Long, List<CommentRepository.Reviewed>> members = new java.util.LinkedHashMap<>();
        for (long cluster : clusters) {
            members.put(
                    cluster,
                    jdbc.sql("select " + prefixed() + ", c.decision from comment_cluster_member m"
                                    + " join comment c on c.id = m.comment_id where m.edition = :edition"
                                    + " and m.cluster_id = :cluster and c.status = 'HELD' and c.rule = :rule"
                                    + " order by m.comment_id desc fetch first " + shown + " rows only")
                            .param("edition", edition)
                            .param("cluster", cluster)
                            .param("rule", rule)
                            .query((rs, n) -> new CommentRepository.Reviewed(
                                    CommentRepository.comment(rs, n), rs.getString("decision")))
                            .list());
        }
        return members;
    }

    /** How many of the edition's clusters have members held under the rule. */
    int count(String edition, String rule) {
        return jdbc.sql("select count(*) from (select distinct m.cluster_id" + HELD_MEMBERS + ") q")
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
