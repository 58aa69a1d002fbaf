package io.tribune.moderation;

import io.tribune.discussion.CommentQueue;
import io.tribune.discussion.QueuedComment;
import io.tribune.moderation.engine.RuleId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moderators' approvals and rejections of comments as the audit log that every node shares records them,
 * with the comment's text, for the engine to learn from: the database is the one source, so every node
 * learns the same decisions wherever they were made.
 */
@Component
class ModeratorDecisions {

    static final String OK = "ok";

    private static final String DECISIONS = "select id, edition, target_id, action, rule from moderation_audit"
            + " where target_type = 'comment' and action in ('comment.approve', 'comment.reject')";

    private final JdbcClient jdbc;
    private final CommentQueue comments;

    ModeratorDecisions(JdbcClient jdbc, CommentQueue comments) {
        this.jdbc = jdbc;
        this.comments = comments;
    }

    /** One decision: the audit entry's id, and {@code ok} for an approval or the rule of a rejection. */
    record Made(long id, String edition, long commentId, String label) {}

    /** The id of the newest audit entry, or 0. */
    long newest() {
        return jdbc.sql("select coalesce(max(id), 0) from moderation_audit")
                .query(Long.class)
                .single();
    }

    /** The edition's latest decisions up to the entry {@code upTo}, at most {@code count}, oldest first. */
    List<Made> latest(String edition, int count, long upTo) {
        if (count <= 0) {
            return List.of();
        }
        List<Made> found = new ArrayList<>(jdbc.sql(DECISIONS + " and edition = :edition and id <= :upTo"
                        + " order by id desc fetch first " + count + " rows only")
                .param("edition", edition)
                .param("upTo", upTo)
                .query(ModeratorDecisions::made)
                .list());
        Collections.reverse(found);
        return found;
    }

    /** The decisions recorded after the entry {@code after}, oldest first, at most {@code count}. */
    List<Made> after(long after, int count) {
        return jdbc.sql(DECISIONS + " and id > :after order by id fetch first " + count + " rows only")
                .param("after", after)
                .query(ModeratorDecisions::made)
                .list();
    }

    /** The decided comment as it is now, if it still exists. */
    Optional<QueuedComment> comment(Made made) {
        return comments.find(made.edition(), made.commentId());
    }

    private static Made made(ResultSet rs, int row) throws SQLException {
        String label = rs.getString("action").equals("comment.approve")
                ? OK
                : RuleId.fromId(rs.getString("rule")).map(RuleId::id).orElse(null);
        return new Made(rs.getLong("id"), rs.getString("edition"), rs.getLong("target_id"), label);
    }
}
