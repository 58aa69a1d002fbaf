package io.tribune.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** How much the edition's articles have been read on each recent day, as the view counter has counted them. */
@Service
public class Readership {

    /** An article's views on one day (UTC). */
    public record Reads(long article, LocalDate day, long views) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Readership(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The views per day since {@code since} of the edition's readable articles, for the (at most)
     * {@code limit} articles most viewed over those days together.
     */
    public List<Reads> recentReads(String edition, LocalDate since, int limit) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return jdbc.sql("select v.article_id, v.read_on, v.views from article_view_day v where v.read_on >= :since"
                        + " and v.article_id in (select d.article_id from article_view_day d"
                        + " join article a on a.id = d.article_id"
                        + " where a.edition = :edition and a.published_at <= :now and d.read_on >= :since"
                        + " group by d.article_id order by sum(d.views) desc fetch first :limit rows only)")
                .param("since", since)
                .param("edition", edition)
                .param("now", now)
                .param("limit", limit)
                .query((rs, n) -> new Reads(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3)))
                .list();
    }
}
