package io.tribune.moderation;

import io.tribune.moderation.engine.RuleId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /**
     * The decisions with their comments' text and article's title as they are now, read in the same query:
     * learning from a node's latest 500 decisions per edition at start must not ask for each comment alone.
     * The comment is joined only if it is the edition's, as the queue would find it.
     */
    private static final String DECISIONS = """
            select m.id, m.edition, m.target_id, m.action, m.rule, c.body, a.title
            from moderation_audit m
            left join comment c on c.id = m.target_id and c.edition = m.edition
            left join article a on a.id = c.article_id
            where m.target_type = 'comment' and m.action in ('comment.approve', 'comment.reject')""";

    private final JdbcClient jdbc;

    ModeratorDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One decision: the audit entry's id, and {@code ok} for an approval or the rule of a rejection.
     *
     * @param text the decided comment's text now, null when it no longer exists
     * @param articleTitle the title of its article, empty when there is none
     */
    record Made(long id, String edition, long commentId, String label, String text, String articleTitle) {}

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
        List<Made> found = new ArrayList<>(jdbc.sql(DECISIONS + " and m.edition = :edition and m.id <= :upTo"
                        + " order by m.id desc fetch first " + count + " rows only")
                .param("edition", edition)
                .param("upTo", upTo)
                .query(ModeratorDecisions::made)
                .list());
        Collections.reverse(found);
        return found;
    }

    /** The decisions recorded after the entry {@code after}, oldest first, at most {@code count}. */
    List<Made> after(long after, int count) {
        return jdbc.sql(DECISIONS + " and m.id > :after order by m.id fetch first " + count + " rows only")
                .param("after", after)
                .query(ModeratorDecisions::made)
                .list();
    }

    private static Made made(ResultSet rs, int row) throws SQLException {
        String label = rs.getString("action").equals("comment.approve")
                ? OK
                : RuleId.fromId(rs.getString("rule")).map(RuleId::id).orElse(null);
        String title = rs.getString("title");
        return new Made(
                rs.getLong("id"),
                rs.getString("edition"),
                rs.getLong("target_id"),
                label,
                rs.getString("body"),
                title == null ? "" : title);
    }
}
