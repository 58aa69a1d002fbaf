package io.tribune.publishing;

import jakarta.annotation.PreDestroy;
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
 * that counting costs the page nothing and the page itself stays cacheable. Increments add up, so
 * several application nodes can flush into the same rows.
 */
@Component
public class ViewCounter {

    /** Bounds memory between flushes when someone asks for many made-up ids. */
    private static final int MAX_PENDING = 100_000;

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    ViewCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        List<Object[]> batch = new ArrayList<>();
        for (Long id : List.copyOf(pending.keySet())) {
            LongAdder adder = pending.remove(id);
            long views = adder == null ? 0 : adder.sumThenReset();
            if (views > 0) {
                batch.add(new Object[] {views, id});
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("update article set view_count = view_count + ? where id = ?", batch);
        }
    }
}
