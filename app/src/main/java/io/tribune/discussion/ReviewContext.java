package io.tribune.discussion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a page of the moderators' queue shows around its comments — the comments of their threads and
 * their open reports — read for the whole page at once, so that a page costs a few statements however
 * many comments it holds.
 */
@Repository
class ReviewContext {

    private final JdbcClient jdbc;

    ReviewContext(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The comments with these ids, by id; ids of no comment are left out. */
    Map<Long, StoredComment> comments(Collection<Long> ids) {
        Map<Long, StoredComment> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + CommentRepository.COLUMNS + " from comment where id in (:ids)")
                .param("ids", ids)
                .query(CommentRepository::comment)
                .list()
                .forEach(c -> found.put(c.id(), c));
        return found;
    }

    /** The comments with these ids with their decision records, in no order; ids of no comment are left out. */
    List<CommentRepository.Reviewed> reviewed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CommentRepository.COLUMNS + ", decision from comment where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) ->
                        new CommentRepository.Reviewed(CommentRepository.comment(rs, n), rs.getString("decision")))
                .list();
    }

    /** The unreviewed reports on each of the comments, per reason, the heaviest first. */
    Map<Long, List<QueuedComment.ReportCount>> openReports(Collection<Long> ids) {
        Map<Long, List<QueuedComment.ReportCount>> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select comment_id, reason, count(*) as n, sum(weight) as w from comment_report"
                        + " where comment_id in (:ids) and outcome is null group by comment_id, reason"
                        + " order by comment_id, w desc, reason")
                .param("ids", ids)
                .query(rs -> {
                    found.computeIfAbsent(rs.getLong("comment_id"), id -> new ArrayList<>())
                            .add(new QueuedComment.ReportCount(
                                    rs.getString("reason"), rs.getInt("n"), rs.getDouble("w")));
                });
        return found;
    }
}
