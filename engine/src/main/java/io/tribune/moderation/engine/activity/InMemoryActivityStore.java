package io.tribune.moderation.engine.activity;

import io.tribune.moderation.engine.RuleId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An activity store in this process's memory, for the command line and a single node. Memory stays
 * bounded: traces older than the retention (measured from the newest comment time seen, not the
 * clock) and the oldest beyond the capacity are dropped, and each key keeps its newest entries only.
 */
public final class InMemoryActivityStore implements ActivityStore {

    private static final Duration DEFAULT_RETENTION = Duration.ofHours(1);
    private static final int DEFAULT_CAPACITY = 100_000;
    private static final int MAX_PER_KEY = 5_000;

    private final Duration retention;
    private final int capacity;
    private final LinkedHashMap<String, Trace> traces = new LinkedHashMap<>();
    private final Map<String, ArrayDeque<String>> index = new HashMap<>();
    private Instant newest = Instant.MIN;

    public InMemoryActivityStore() {
        this(DEFAULT_RETENTION, DEFAULT_CAPACITY);
    }

    /**
     * @param retention how long a trace is kept after the newest comment time seen; longer than the
     *     longest window of the stateful rules
     * @param capacity how many traces are kept at most
     */
    public InMemoryActivityStore(Duration retention, int capacity) {
        if (retention.isNegative() || retention.isZero() || capacity < 1) {
            throw new IllegalArgumentException("retention and capacity must be positive");
        }
        this.retention = retention;
        this.capacity = capacity;
    }

    @Override
    public synchronized void record(Trace trace) {
        Trace replaced = traces.remove(trace.commentId());
        if (replaced != null) {
            unindex(replaced);
        }
        traces.put(trace.commentId(), trace);
        for (String key : trace.keys()) {
            ArrayDeque<String> ids = index.computeIfAbsent(key, k -> new ArrayDeque<>());
            ids.addLast(trace.commentId());
            if (ids.size() > MAX_PER_KEY) {
                ids.removeFirst();
            }
        }
        if (trace.at().isAfter(newest)) {
            newest = trace.at();
        }
        evict();
    }

    @Override
    public synchronized List<Trace> recent(Collection<String> keys, Instant since, Instant until, int limit) {
        Set<String> seen = new LinkedHashSet<>();
        List<Trace> found = new ArrayList<>();
        for (String key : keys) {
            ArrayDeque<String> ids = index.get(key);
            if (ids == null) {
                continue;
            }
            for (Iterator<String> it = ids.descendingIterator(); it.hasNext(); ) {
                String id = it.next();
                Trace trace = traces.get(id);
                if (trace != null && !trace.at().isBefore(since) && !trace.at().isAfter(until) && seen.add(id)) {
                    found.add(trace);
                }
            }
        }
        found.sort(Comparator.comparing(Trace::at).reversed());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    @Override
    public synchronized void flag(Collection<String> commentIds, RuleId rule) {
        for (String id : commentIds) {
            traces.computeIfPresent(id, (k, trace) -> trace.flag(rule));
        }
    }

    /** Forgets everything, e.g. between the independent threads of an evaluation. */
    public synchronized void clear() {
        traces.clear();
        index.clear();
        newest = Instant.MIN;
    }

    /** How many traces are kept now. */
    public synchronized int size() {
        return traces.size();
    }

    private void evict() {
        Instant cutoff = newest.minus(retention);
        Iterator<Trace> oldest = traces.values().iterator();
        while (oldest.hasNext()) {
            Trace trace = oldest.next();
            if (traces.size() <= capacity && !trace.at().isBefore(cutoff)) {
                break;
            }
            oldest.remove();
            unindex(trace);
        }
    }

    private void unindex(Trace trace) {
        for (String key : trace.keys()) {
            ArrayDeque<String> ids = index.get(key);
            if (ids != null) {
                ids.removeFirstOccurrence(trace.commentId());
                if (ids.isEmpty()) {
                    index.remove(key);
                }
            }
        }
    }
}
