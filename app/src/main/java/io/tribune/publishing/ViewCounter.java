package io.tribune.publishing;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts article views in memory and adds them to the database in one batch every few seconds, so
 * that counting costs the page nothing and the page itself stays cacheable: to the article's running
 * total, and to its views of the day (UTC, the day of the flush), which Recommended weighs by age.
 * Writes per flush are bounded by the articles read since the last one, however many readers there
 * are. Increments add up, so several application nodes can flush into the same rows.
 */
@Component
public class ViewCounter {

    /** Bounds memory between flushes when someone asks for many made-up ids. */
    private static final int MAX_PENDING = 100_000;

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ViewCounter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void count(long articleId) {
        if (pending.size() >= MAX_PENDING && !pending.containsKey(articleId)) {
            return;
        }
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
    }

    @Scheduled(fixedDelayString = "${tribune.views.flush-interval:PT5S}")
    @PreDestroy
    public void flush() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> totals = new ArrayList<>();
        List<Object[]> days = new ArrayList<>();
        List<Object[]> daily = new ArrayList<>();
        for (Long id : List.copyOf(pending.keySet())) {
            LongAdder adder = pending.remove(id);
            long views = adder == null ? 0 : adder.sumThenReset();
            if (views > 0) {
                totals.add(new Object[] {views, id});
                days.add(new Object[] {today, id});
                daily.add(new Object[] {views, id, today});
            }
        }
        if (!totals.isEmpty()) {
            jdbc.batchUpdate("update article set view_count = view_count + ? where id = ?", totals);
            // the day's row first (made-up ids have no article, so no row), then the views added to it:
            // two nodes starting the same day at once both find the row made
            jdbc.batchUpdate(
                    "insert into article_view_day (article_id, read_on, views) select id, ?, 0 from article"
                            + " where id = ? on conflict do nothing",
                    days);
            jdbc.batchUpdate(
                    "update article_view_day set views = views + ? where article_id = ? and read_on = ?", daily);
        }
    }
}
