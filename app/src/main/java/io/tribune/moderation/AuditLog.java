package io.tribune.moderation;

import io.tribune.accounts.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only record of every moderator and administrator action. It has no way to change or remove
 * an entry; entries are written in the transaction of the action they record.
 */
@Component
public class AuditLog {

    public static final int PAGE = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A moderator's edit of a comment's text, with the text before and after. */
    void recordEdit(
            AccountId actor, String edition, long commentId, String rule, String note, String before, String after) {
        jdbc.sql("""
                        insert into moderation_audit (at, actor_id, action, edition, target_type, target_id,
                          rule, reason, before_text, after_text)
                        values (:at, :actor, 'comment.edit', :edition, 'comment', :target, :rule, :reason, :before,
                          :after)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor.value())
                .param("edition", edition)
                .param("target", commentId)
                .param("rule", rule)
                .param("reason", note)
                .param("before", before)
                .param("after", after)
                .update();
    }

    void record(
            AccountId actor,
            String action,
            String edition,
            String targetType,
            long targetId,
            String before,
            String after,
            String rule,
            String reason) {
        jdbc.sql("""
                        insert into moderation_audit (at, actor_id, action, edition, target_type, target_id,
                          before_state, after_state, rule, reason)
                        values (:at, :actor, :action, :edition, :type, :target, :before, :after, :rule, :reason)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor.value())
                .param("action", action)
                .param("edition", edition)
                .param("type", targetType)
                .param("target", targetId)
                .param("before", before)
                .param("after", after)
                .param("rule", rule)
                .param("reason", reason)
                .update();
    }

    /** The newest entries before the given id (all for null), at most {@link #PAGE}, plus one to tell a next page. */
    public List<AuditEntry> page(Long before) {
        return jdbc.sql("select * from moderation_audit" + (before == null ? "" : " where id < :before")
                        + " order by id desc fetch first " + (PAGE + 1) + " rows only")
                .param("before", before == null ? 0 : before)
                .query(AuditLog::entry)
                .list();
    }

    /** Everything recorded about one target, oldest first. */
    public List<AuditEntry> of(String targetType, long targetId) {
        return jdbc.sql("select * from moderation_audit where target_type = :type and target_id = :target order by id")
                .param("type", targetType)
                .param("target", targetId)
                .query(AuditLog::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getLong("actor_id"),
                rs.getString("action"),
                rs.getString("edition"),
                rs.getString("target_type"),
                rs.getLong("target_id"),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("rule"),
                rs.getString("reason"),
                rs.getString("before_text"),
                rs.getString("after_text"));
    }
}
