package io.tribune.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many requests do one costly piece of work at once. With virtual threads nothing else
 * bounds them: a burst would start all its work together, every request would slow down, and each
 * would hold what it had taken (memory, a database connection) the longer. Past the bound a request
 * waits its turn, and one that waits too long is answered "busy" (503 with Retry-After) instead of
 * piling up.
 */
public final class Permits {

    private final Semaphore permits;
    private final Duration wait;
    private final Counter refused;

    /**
     * @param name the metric's name, counting the requests refused as busy
     * @param size how many at once; 0 or less for twice the processors
     * @param wait how long a request waits for its turn at most
     */
    public Permits(String name, int size, Duration wait, MeterRegistry meters) {
        this.permits = new Semaphore(size > 0 ? size : 2 * Runtime.getRuntime().availableProcessors(), true);
        this.wait = wait;
        this.refused = Counter.builder(name)
                .description("Requests answered busy: every permit was taken for longer than they may wait")
                .register(meters);
    }

    /** Runs the work when a permit is free; throws {@link Busy} when none came free in time. */
    public <T> T run(Supplier<T> work) {
        acquire();
        try {
            return work.get();
        } finally {
            release();
        }
    }

    /** Takes a permit, waiting for one at most the configured time; throws {@link Busy} otherwise. */
    public void acquire() {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                refused.increment();
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
    }

    public void release() {
        permits.release();
    }
}
