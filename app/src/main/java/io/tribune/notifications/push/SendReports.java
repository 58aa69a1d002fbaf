package io.tribune.notifications.push;

import io.tribune.editions.Edition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The newest sends of an edition with their figures, for the administrators' page. */
@Component
public class SendReports {

    private final JdbcClient jdbc;

    SendReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SendReport> newest(Edition edition, int limit) {
        return jdbc.sql("select p.id, p.kind, p.title, p.created_at, p.started_at, p.finished_at, count(d.send_id),"
                        + " sum(case when d.state = 'DELIVERED' then 1 else 0 end),"
                        + " sum(case when d.state = 'FAILED' then 1 else 0 end),"
                        + " sum(case when d.state = 'REMOVED' then 1 else 0 end)"
                        + " from push_send p left join push_delivery d on d.send_id = p.id where p.edition = :edition"
                        + " group by p.id, p.kind, p.title, p.created_at, p.started_at, p.finished_at"
                        + " order by p.created_at desc, p.id desc fetch first " + Math.max(1, Math.min(limit, 500))
                        + " rows only")
                .param("edition", edition.code())
                .query((row, n) -> report(row))
                .list();
    }

    private static SendReport report(ResultSet row) throws SQLException {
        OffsetDateTime started = row.getObject(5, OffsetDateTime.class);
        OffsetDateTime finished = row.getObject(6, OffsetDateTime.class);
        long recipients = row.getLong(7);
        long delivered = row.getLong(8);
        long failed = row.getLong(9);
        long removed = row.getLong(10);
        return new SendReport(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getObject(4, OffsetDateTime.class).toInstant(),
                recipients,
                delivered,
                failed,
                removed,
                recipients - delivered - failed - removed,
                started != null && finished != null ? Duration.between(started, finished) : null);
    }
}
