package io.tribune.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published articles as their discussions need them, read for every comment posted, edited or streamed:
 * one row of the columns a discussion uses, not the article with its section, and the plain text of
 * the body, which the screening weighs comments against, kept on the node by the article's version
 * (its bodies change rarely, its comments arrive by the hundred). An edit raises the version, so every
 * node reads the new text at the next comment.
 */
@Component
class DiscussedArticles {

    /** Bodies kept at most; beyond, the kept ones are forgotten at once (busy discussions come back soon). */
    static final int KEPT = 1_024;

    private static final String SELECT =
            "select a.id, a.edition, s.slug as section_slug, a.slug, a.title, a.lead, a.published_at,"
                    + " a.comment_count, a.discussion_closing, a.discussion_until, a.version"
                    + " from article a join section s on s.id = a.section_id";

    private final JdbcClient jdbc;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    DiscussedArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DiscussedArticle> find(long id, Instant now) {
        return found(jdbc.sql(SELECT + " where a.id = ? and a.published_at <= ?")
                        .params(id, now.atOffset(ZoneOffset.UTC))
                        .query(DiscussedArticles::row)
                        .list())
                .values()
                .stream()
                .findFirst();
    }

    Map<Long, DiscussedArticle> find(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return found(jdbc.sql(SELECT + " where a.id in (:ids) and a.published_at <= :now")
                .param("ids", ids)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query(DiscussedArticles::row)
                .list());
    }

    /**
     * Sets the count of published comments, by one plain statement: run in every post's transaction, a
     * repository update cost a post more processor time than its own insert (Spring Data's and
     * Hibernate's query handling, about 2 ms). The version stays, so no editor's open form goes stale.
     */
    void count(long id, int count) {
        jdbc.sql("update article set comment_count = ? where id = ?")
                .params(count, id)
                .update();
    }

    /** The articles with their bodies' plain text: kept ones of the same version, the others read at once. */
    private Map<Long, DiscussedArticle> found(List<Row> rows) {
        Map<Long, String> texts = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Row row : rows) {
            Kept known = kept.get(row.id());
            if (known != null && known.version() == row.version()) {
                texts.put(row.id(), known.text());
            } else {
                unknown.add(row.id());
            }
        }
        if (!unknown.isEmpty()) {
            if (kept.size() + unknown.size() > KEPT) {
                kept.clear();
            }
            jdbc.sql("select id, version, body from article where id in (:ids)")
                    .param("ids", unknown)
                    .query(rs -> {
                        Kept read = new Kept(rs.getLong("version"), Body.plain(rs.getString("body")));
                        kept.put(rs.getLong("id"), read);
                        texts.put(rs.getLong("id"), read.text());
                    });
        }
        Map<Long, DiscussedArticle> found = new LinkedHashMap<>();
        for (Row row : rows) {
            found.put(row.id(), row.article(texts.getOrDefault(row.id(), "")));
        }
        return found;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("discussion_closing");
        DiscussionClosing closing = kind == null
                ? DiscussionClosing.EDITION
                : new DiscussionClosing(
                        DiscussionClosing.Kind.valueOf(kind),
                        instant(rs.getObject("discussion_until", OffsetDateTime.class)));
        String edition = rs.getString("edition");
        return new Row(
                rs.getLong("id"),
                rs.getLong("version"),
                edition,
                rs.getString("title"),
                rs.getString("lead"),
                PublishingPaths.article(edition, rs.getString("section_slug"), rs.getString("slug")),
                instant(rs.getObject("published_at", OffsetDateTime.class)),
                rs.getInt("comment_count"),
                closing);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private record Row(
            long id,
            long version,
            String edition,
            String title,
            String lead,
            String path,
            Instant publishedAt,
            int commentCount,
            DiscussionClosing closing) {

        DiscussedArticle article(String text) {
            return new DiscussedArticle(id, edition, title, lead, text, path, publishedAt, commentCount, closing);
        }
    }

    /** A body's plain text as it was at a version of the article. */
    private record Kept(long version, String text) {}
}
