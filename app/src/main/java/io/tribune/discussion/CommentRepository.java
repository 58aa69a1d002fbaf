package io.tribune.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The comment table: one row per comment with the decision that placed it. */
@Repository
class CommentRepository {

    static final String COLUMNS = "id, article_id, edition, author_id, parent_id, thread_id, body, status,"
            + " screened_at, rule, notice, reply_count, created_at, edited_at";
    /** What a reader sees: published comments, and their own held ones. */
    private static final String VISIBLE = "(status = 'PUBLISHED' or (status = 'HELD' and author_id = :viewer))";
    /** A thread whose first comment was deleted stays while its replies do, under a placeholder. */
    private static final String VISIBLE_THREAD = "(" + VISIBLE + " or (status = 'DELETED' and reply_count > 0))";
    /** How many recent comments make an author's recent record. */
    private static final int RECENT = 20;

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a comment already screened, with its decision (so never shown unscreened), at the time it
     * was posted; returns its id.
     */
    long insert(
            long articleId,
            String edition,
            long authorId,
            Long parentId,
            Long threadId,
            String body,
            String submitKey,
            Instant at,
            Screened screened) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into comment (article_id, edition, author_id, parent_id, thread_id, body, status, rule,
                          notice, decision, policy_version, submit_key, created_at, screened_at)
                        values (:article, :edition, :author, :parent, :thread, :body, :status, :rule, :notice,
                          :decision, :version, :key, :at, :at)""")
                .param("article", articleId)
                .param("edition", edition)
                .param("author", authorId)
                .param("parent", parentId)
                .param("thread", threadId)
                .param("body", body)
                .param("status", screened.status().name())
                .param("rule", screened.rule())
                .param("notice", cut(screened.notice(), 500))
                .param("decision", screened.record())
                .param("version", cut(screened.policyVersion(), 40))
                .param("key", submitKey)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (threadId == null) {
            jdbc.sql("update comment set thread_id = id where id = :id")
                    .param("id", id)
                    .update();
        }
        return id;
    }

    void recordScreening(long id, Screened screened, Instant at) {
        jdbc.sql("""
                        update comment set status = :status, rule = :rule, notice = :notice, decision = :decision,
                          policy_version = :version, screened_at = :at where id = :id""")
                .param("at", Timestamp.from(at))
                .param("status", screened.status().name())
                .param("rule", screened.rule())
                .param("notice", cut(screened.notice(), 500))
                .param("decision", screened.record())
                .param("version", cut(screened.policyVersion(), 40))
                .param("id", id)
                .update();
    }

    void recountReplies(long threadId) {
        jdbc.sql("""
                        update comment set reply_count = (select count(*) from comment r
                          where r.thread_id = :id and r.parent_id is not null and r.status = 'PUBLISHED')
                        where id = :id""").param("id", threadId).update();
    }

    /** Keeps the text being replaced, with the decision it had, then holds the comment for its new screening. */
    void replaceText(long id, String body, Instant at) {
        jdbc.sql("""
                        insert into comment_revision (comment_id, body, status, decision, replaced_at)
                        select id, body, status, decision, :at from comment where id = :id""").param("id", id).param("at", Timestamp.from(at)).update();
        jdbc.sql("update comment set body = :body, status = 'HELD', screened_at = null, edited_at = :at where id = :id")
                .param("body", body)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    void markDeleted(long id) {
        jdbc.sql("update comment set status = 'DELETED' where id = :id")
                .param("id", id)
                .update();
    }

    /** Takes down a published comment that a later one showed to be part of a flood or a wave. */
    Optional<StoredComment> revise(Screened.Revision revision) {
        int changed = jdbc.sql(
                        "update comment set status = :status, rule = :rule where id = :id and status = 'PUBLISHED'")
                .param("status", revision.status().name())
                .param("rule", revision.rule())
                .param("id", revision.commentId())
                .update();
        return changed == 0 ? Optional.empty() : find(revision.commentId());
    }

    /** Hides a comment that readers' reports weigh enough against, until a moderator reviews it. */
    void holdForReports(long id, String rule) {
        jdbc.sql("update comment set status = 'HELD', rule = :rule where id = :id and status = 'PUBLISHED'")
                .param("rule", rule)
                .param("id", id)
                .update();
    }

    /** Records a report; false when the reader reported the comment already. */
    boolean report(long commentId, long reporterId, String reason, double weight, Instant at) {
        try {
            jdbc.sql("""
                            insert into comment_report (comment_id, reporter_id, reason, weight, created_at)
                            values (:comment, :reporter, :reason, :weight, :at)""")
                    .param("comment", commentId)
                    .param("reporter", reporterId)
                    .param("reason", reason)
                    .param("weight", weight)
                    .param("at", Timestamp.from(at))
                    .update();
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    /** How many of the reader's reports moderators upheld. */
    int upheldReports(long reporterId) {
        return jdbc.sql("select count(*) from comment_report where reporter_id = :reporter and outcome = 'UPHELD'")
                .param("reporter", reporterId)
                .query(Integer.class)
                .single();
    }

    /** The weight of the reports on a comment, and the reason that weighs most. */
    Reports reports(long commentId) {
        return jdbc
                .sql("select reason, sum(weight) as weight from comment_report where comment_id = :comment"
                        + " group by reason order by weight desc, reason")
                .param("comment", commentId)
                .query((rs, n) -> new Reports(rs.getString("reason"), rs.getDouble("weight")))
                .list()
                .stream()
                .reduce((most, other) -> new Reports(most.reason(), most.weight() + other.weight()))
                .orElse(new Reports(null, 0));
    }

    /** Reports on one comment: their summed weight and the reason given most weight. */
    record Reports(String reason, double weight) {}

    Optional<StoredComment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from comment where id = :id")
                .param("id", id)
                .query(CommentRepository::comment)
                .optional();
    }

    Optional<StoredComment> bySubmitKey(long authorId, String submitKey) {
        return jdbc.sql("select " + COLUMNS + " from comment where author_id = :author and submit_key = :key")
                .param("author", authorId)
                .param("key", submitKey)
                .query(CommentRepository::comment)
                .optional();
    }

    int countPublished(long articleId) {
        return jdbc.sql("select count(*) from comment where article_id = :article and status = 'PUBLISHED'")
                .param("article", articleId)
                .query(Integer.class)
                .single();
    }

    Submission.Standing standing(long authorId) {
        int published = jdbc.sql("select count(*) from comment where author_id = :author and status = 'PUBLISHED'")
                .param("author", authorId)
                .query(Integer.class)
                .single();
        List<String> recent = jdbc.sql(
                        "select status from comment where author_id = :author and screened_at is not null"
                                + " order by id desc fetch first " + RECENT + " rows only")
                .param("author", authorId)
                .query(String.class)
                .list();
        int rejected = (int) recent.stream().filter("REJECTED"::equals).count();
        return new Submission.Standing(published, recent.size(), rejected);
    }

    /** One page of an article's threads (comments that reply to none), after the cursor, in the order asked. */
    List<StoredComment> threads(long articleId, long viewer, CommentOrder order, Cursor after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from comment where article_id = :article and parent_id is null and "
                        + VISIBLE_THREAD + order.after(after) + " order by " + order.sql() + " fetch first " + limit
                        + " rows only")
                .param("article", articleId)
                .param("viewer", viewer)
                .param("count", after == null ? 0 : after.replyCount())
                .param("id", after == null ? 0 : after.id())
                .query(CommentRepository::comment)
                .list();
    }

    /** The replies in the given threads that the viewer may see, oldest first, at most {@code limit} per thread. */
    List<StoredComment> replies(Collection<Long> threadIds, long viewer, int limit) {
        if (threadIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from (select c.*, row_number() over (partition by thread_id order by id)"
                        + " as n from comment c where thread_id in (:threads) and parent_id is not null and "
                        + VISIBLE + ") r where n <= :limit order by thread_id, id")
                .param("threads", threadIds)
                .param("viewer", viewer)
                .param("limit", limit)
                .query(CommentRepository::comment)
                .list();
    }

    /** The article's published comments after the given id, oldest first, at most {@code limit}: what a reconnecting stream missed. */
    List<StoredComment> publishedAfter(long articleId, long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from comment where article_id = :article and status = 'PUBLISHED'"
                        + " and id > :after order by id fetch first " + limit + " rows only")
                .param("article", articleId)
                .param("after", afterId)
                .query(CommentRepository::comment)
                .list();
    }

    /**
     * Comments with unreviewed reports, as a list of ids looked up in the comment's primary key. Written as
     * {@code id in (select ...)}, PostgreSQL walked the primary key backwards from the newest comment of
     * any edition and status, probing the reports for each, and read thousands of rows for a page (63 ms
     * p95 with 2,000 open reports); from the open reports' index to the few comments they name it reads
     * only those (see docs/benchmarks.md).
     */
    private static final String OPEN_REPORTS =
            "id = any(array(select distinct comment_id from comment_report where outcome is null))";

    /** A comment with the decision record its screening stored, for moderators. */
    record Reviewed(StoredComment comment, String decision) {}

    /**
     * One page of a moderators' queue, read by keyset (ids after the last one seen) so that a page costs
     * the same however long the queue is. The reported queue holds comments with unreviewed reports.
     */
    List<Reviewed> queue(QueueQuery query, Instant rejectedSince) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + ", decision from comment where edition = :edition");
        switch (query.queue()) {
            // a range, not an equality: see queueOrder
            case HELD -> sql.append(" and status between 'HELD' and 'HELD'");
            case REJECTED -> sql.append(" and status between 'REJECTED' and 'REJECTED' and created_at >= :since");
            case REPORTED -> sql.append(" and status in ('PUBLISHED', 'HELD') and " + OPEN_REPORTS);
        }
        if (query.rule() != null) {
            sql.append(" and rule = :rule");
        }
        if (query.articleId() != null) {
            sql.append(" and article_id = :article");
        }
        if (query.authorId() != null) {
            sql.append(" and author_id = :author");
        }
        if (query.after() != null) {
            sql.append(query.isOldestFirst() ? " and id > :after" : " and id < :after");
        }
        sql.append(" order by ")
                .append(queueOrder(query))
                .append(" fetch first ")
                .append(query.limit())
                .append(" rows only");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("edition", query.edition());
        if (query.queue() == Queue.REJECTED) {
            statement = statement.param("since", Timestamp.from(rejectedSince));
        }
        if (query.rule() != null) {
            statement = statement.param("rule", query.rule());
        }
        if (query.articleId() != null) {
            statement = statement.param("article", query.articleId());
        }
        if (query.authorId() != null) {
            statement = statement.param("author", query.authorId());
        }
        if (query.after() != null) {
            statement = statement.param("after", query.after());
        }
        return statement
                .query((rs, n) -> new Reviewed(comment(rs, n), rs.getString("decision")))
                .list();
    }

    /**
     * The order of a queue page, chosen so that PostgreSQL walks the index that serves it. Asked for
     * {@code status = 'HELD' order by id}, it walks the primary key backwards with a filter, expecting
     * matches to be spread evenly; when the newest thousands of comments are published ones or another
     * edition's, that scan reads them all. With status as a range (see {@link #queue}) the order by
     * status and id can only come from the (edition, status[, rule], id) indexes. The result is the same
     * as ordering by id: the status is fixed.
     */
    private static String queueOrder(QueueQuery query) {
        String direction = query.isOldestFirst() ? " asc" : " desc";
        if (query.authorId() != null) {
            // with the status first, the (edition, status, author_id, id) index serves an author's page
            // even when the author wrote thousands of newer comments in other statuses
            return (query.queue() == Queue.REPORTED ? "" : "status" + direction + ", ") + "author_id" + direction
                    + ", id" + direction;
        }
        if (query.articleId() != null) {
            // likewise the (edition, status, article_id, id) index for an article's page: by the article
            // alone, PostgreSQL walks all its comments of every status backwards to find held ones
            return (query.queue() == Queue.REPORTED ? "" : "status" + direction + ", ") + "article_id" + direction
                    + ", id" + direction;
        }
        if (query.queue() == Queue.REPORTED) {
            return "id" + direction;
        }
        return "status" + direction + ", id" + direction;
    }

    /**
     * How many comments of the edition the queue holds, counted up to {@code cap + 1} so that a tab's
     * count stays cheap however long the queue grows.
     */
    int countQueue(String edition, Queue queue, Instant rejectedSince, int cap) {
        String sql = switch (queue) {
            case HELD -> "select 1 from comment where edition = :edition and status = 'HELD'";
            case REJECTED ->
                "select 1 from comment where edition = :edition and status = 'REJECTED'" + " and created_at >= :since";
            case REPORTED ->
                "select 1 from comment where edition = :edition" + " and status in ('PUBLISHED', 'HELD') and "
                        + OPEN_REPORTS;
        };
        JdbcClient.StatementSpec statement = jdbc.sql(
                        "select count(*) from (" + sql + " fetch first " + (cap + 1) + " rows only) q")
                .param("edition", edition);
        if (queue == Queue.REJECTED) {
            statement = statement.param("since", Timestamp.from(rejectedSince));
        }
        return statement.query(Integer.class).single();
    }

    Optional<Reviewed> reviewed(long id) {
        return jdbc.sql("select " + COLUMNS + ", decision from comment where id = :id")
                .param("id", id)
                .query((rs, n) -> new Reviewed(comment(rs, n), rs.getString("decision")))
                .optional();
    }

    /**
     * Sets a moderator's decision if the comment still has the status the moderator saw; false when it
     * changed meanwhile (the other moderator won, or the author edited or deleted it).
     */
    boolean decide(long id, CommentStatus expected, CommentStatus status, String rule) {
        return jdbc.sql("update comment set status = :status, rule = coalesce(:rule, rule)"
                                + " where id = :id and status = :expected")
                        .param("status", status.name())
                        .param("rule", rule)
                        .param("id", id)
                        .param("expected", expected.name())
                        .update()
                > 0;
    }

    /** Closes the comment's unreviewed reports as upheld or dismissed; how many there were. */
    int closeReports(long commentId, String outcome) {
        return jdbc.sql("update comment_report set outcome = :outcome where comment_id = :comment and outcome is null")
                .param("outcome", outcome)
                .param("comment", commentId)
                .update();
    }

    /** Whether the author ever commented in the edition. */
    boolean hasCommentedIn(long authorId, String edition) {
        return jdbc.sql("select count(*) from comment where author_id = :author and edition = :edition")
                        .param("author", authorId)
                        .param("edition", edition)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The author's comments in the edition by status, and the reports they filed with how many were upheld. */
    AuthorRecord authorRecord(long authorId, String edition) {
        java.util.Map<String, Integer> byStatus = new java.util.HashMap<>();
        jdbc.sql("select status, count(*) as n from comment where author_id = :author and edition = :edition"
                        + " group by status")
                .param("author", authorId)
                .param("edition", edition)
                .query((rs, n) -> byStatus.put(rs.getString("status"), rs.getInt("n")))
                .list();
        int filed = jdbc.sql("select count(*) from comment_report where reporter_id = :reporter")
                .param("reporter", authorId)
                .query(Integer.class)
                .single();
        return new AuthorRecord(
                byStatus.getOrDefault("PUBLISHED", 0),
                byStatus.getOrDefault("HELD", 0),
                byStatus.getOrDefault("REJECTED", 0),
                byStatus.getOrDefault("DELETED", 0),
                filed,
                upheldReports(authorId));
    }

    /**
     * A moderator's edit: replaces the text only if the comment still has the status and the text the
     * moderator saw, keeping the text replaced as a revision marked with the moderator; false when it
     * changed meanwhile.
     */
    boolean editByModerator(long id, CommentStatus expected, String seen, String body, long moderator, Instant at) {
        boolean isDone =
                jdbc.sql("update comment set body = :body where id = :id and status = :expected and body = :seen")
                                .param("body", body)
                                .param("id", id)
                                .param("expected", expected.name())
                                .param("seen", seen)
                                .update()
                        > 0;
        if (isDone) {
            jdbc.sql("""
                            insert into comment_revision (comment_id, body, status, decision, replaced_at, edited_by)
                            select id, :seen, status, decision, :at, :moderator from comment where id = :id""")
                    .param("seen", seen)
                    .param("at", Timestamp.from(at))
                    .param("moderator", moderator)
                    .param("id", id)
                    .update();
        }
        return isDone;
    }

    static StoredComment comment(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        Timestamp edited = rs.getTimestamp("edited_at");
        return new StoredComment(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getString("edition"),
                rs.getLong("author_id"),
                parentId,
                rs.getLong("thread_id"),
                rs.getString("body"),
                CommentStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("screened_at") != null,
                rs.getString("rule"),
                rs.getString("notice"),
                rs.getInt("reply_count"),
                rs.getTimestamp("created_at").toInstant(),
                edited == null ? null : edited.toInstant());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
