package io.tribune.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** How much the edition's recent articles have been read, as the view counter has counted them. */
@Service
public class Readership {

    /** An article's views since it was published. */
    public record Reads(long article, long views, Instant publishedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Readership(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The most viewed articles published since {@code since} and readable now, most viewed first. */
    public List<Reads> mostRead(String edition, Instant since, int limit) {
        return jdbc.sql("select id, view_count, published_at from article where edition = ? and published_at >= ?"
                        + " and published_at <= ? order by view_count desc, published_at desc fetch first ? rows only")
                .param(edition)
                .param(OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param(limit)
                .query((rs, n) -> new Reads(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }
}
