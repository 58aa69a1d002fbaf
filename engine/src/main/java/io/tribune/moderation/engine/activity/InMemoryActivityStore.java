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
    private static final int DEFAULT_CAPACITY = 20_000;
    private static final int MAX_PER_KEY = 5_000;
    private static final int PAST_WINDOW_RUN = 64;

    private final Duration retention;
    private final int capacity;
    private final LinkedHashMap<String, Trace> traces = new LinkedHashMap<>();
    /** Key hash to one comment id, or to an {@code ArrayDeque<String>} of them in arrival order. */
    private final Map<Long, Object> index = new HashMap<>();

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
            file(hash(key), trace.commentId());
        }
        if (trace.at().isAfter(newest)) {
            newest = trace.at();
        }
        evict();
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized List<Trace> recent(Collection<String> keys, Instant since, Instant until, int limit) {
        Set<String> seen = new LinkedHashSet<>();
        List<Trace> found = new ArrayList<>();
        for (String key : keys) {
            if (found.size() >= limit) {
                break;
            }
            Object filed = index.get(hash(key));
            if (filed == null) {
                continue;
            }
            Iterator<String> newestFirst = filed instanceof String id
                    ? List.of(id).iterator()
                    : ((ArrayDeque<String>) filed).descendingIterator();
            // Entries are in arrival order, close to time order: walk back from the newest and stop
            // once the limit is met or a run of entries lies before the window.
            int inWindow = 0;
            int beforeWindow = 0;
            while (newestFirst.hasNext() && inWindow < limit && beforeWindow < PAST_WINDOW_RUN) {
                Trace trace = traces.get(newestFirst.next());
                if (trace == null) {
                    continue;
                }
                if (trace.at().isBefore(since)) {
                    beforeWindow++;
                    continue;
                }
                beforeWindow = 0;
                if (!trace.at().isAfter(until)) {
                    inWindow++;
                    if (seen.add(trace.commentId())) {
                        found.add(trace);
                    }
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

    /** Files a comment id under a key: a lone id as itself, more in arrival order. */
    @SuppressWarnings("unchecked")
    private void file(long key, String commentId) {
        Object filed = index.get(key);
        if (filed == null) {
            index.put(key, commentId);
            return;
        }
        ArrayDeque<String> ids;
        if (filed instanceof String first) {
            ids = new ArrayDeque<>(4);
            ids.addLast(first);
            index.put(key, ids);
        } else {
            ids = (ArrayDeque<String>) filed;
        }
        ids.addLast(commentId);
        if (ids.size() > MAX_PER_KEY) {
            ids.removeFirst();
        }
    }

    private void unindex(Trace trace) {
        for (String key : trace.keys()) {
            long hash = hash(key);
            Object filed = index.get(hash);
            if (filed instanceof String id) {
                if (id.equals(trace.commentId())) {
                    index.remove(hash);
                }
            } else if (filed instanceof ArrayDeque<?> ids) {
                ids.removeFirstOccurrence(trace.commentId());
                if (ids.isEmpty()) {
                    index.remove(hash);
                }
            }
        }
    }

    /**
     * Keys are kept as 64-bit hashes to save memory; a collision only adds a candidate that the
     * rules' own checks (same author, similar text) then set aside.
     */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
