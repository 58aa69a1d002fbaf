package io.tribune.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Articles as plain text for the search index: one by id when it is published, or every one of an
 * edition in batches when the index is rebuilt. What counts as an article readers may find is decided
 * here, in one place.
 */
@Service
public class ArticleTexts {

    private static final int BATCH = 500;
    private static final String SELECT = "select a.id, a.edition, a.slug, a.title, a.lead, a.body, a.published_at,"
            + " s.slug as section_slug, s.name as section_name from article a join section s on s.id = a.section_id";

    private final JdbcClient jdbc;

    ArticleTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ArticleText> find(long id) {
        List<ArticleText> found = withTags(jdbc.sql(SELECT + " where a.id = ? and a.published_at is not null")
                .param(id)
                .query(ArticleTexts::row)
                .list());
        return found.stream().findFirst();
    }

    /**
     * Hands every article of the edition that has a publication time (not drafts, articles the newsroom
     * scheduled, or withdrawn ones) to {@code each}, in batches so that memory stays flat.
     */
    public void forEach(String edition, Consumer<ArticleText> each) {
        // The ids first, then the rows by id: a keyset query ordered by id over one edition made H2
        // sort the rest of the edition's rows for every batch (100,000 articles took over 20 minutes).
        List<Long> ids = jdbc.sql("select id from article where edition = ? and published_at is not null order by id")
                .param(edition)
                .query(Long.class)
                .list();
        for (int from = 0; from < ids.size(); from += BATCH) {
            withTags(jdbc.sql(SELECT + " where a.id in (:ids) order by a.id")
                            .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                            .query(ArticleTexts::row)
                            .list())
                    .forEach(each);
        }
    }

    /** How many articles of the edition {@link #forEach} hands over. */
    public long count(String edition) {
        return jdbc.sql("select count(*) from article where edition = ? and published_at is not null")
                .param(edition)
                .query(Long.class)
                .single();
    }

    private List<ArticleText> withTags(List<ArticleText> articles) {
        if (articles.isEmpty()) {
            return articles;
        }
        Map<Long, List<TagRef>> tags = new HashMap<>();
        jdbc.sql("select at.article_id, t.edition, t.slug, t.name from article_tag at join tag t on t.id = at.tag_id"
                        + " where at.article_id in (:ids) order by t.slug")
                .param("ids", articles.stream().map(ArticleText::id).toList())
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new TagRef(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return articles.stream()
                .map(a -> new ArticleText(
                        a.id(),
                        a.edition(),
                        a.section(),
                        List.copyOf(tags.getOrDefault(a.id(), List.of())),
                        a.title(),
                        a.lead(),
                        a.body(),
                        a.path(),
                        a.publishedAt()))
                .toList();
    }

    private static ArticleText row(ResultSet rs, int n) throws SQLException {
        String edition = rs.getString("edition");
        SectionRef section = new SectionRef(edition, rs.getString("section_slug"), rs.getString("section_name"));
        String body = Body.plain(rs.getString("body"));
        Instant published = rs.getObject("published_at", OffsetDateTime.class).toInstant();
        return new ArticleText(
                rs.getLong("id"),
                edition,
                section,
                List.of(),
                rs.getString("title"),
                rs.getString("lead"),
                body,
                PublishingPaths.article(edition, section.slug(), rs.getString("slug")),
                published);
    }
}
