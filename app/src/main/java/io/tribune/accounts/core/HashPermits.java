package io.tribune.accounts.core;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tribune.system.Busy;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Bounds how many password hashes run at once. Each Argon2 hash holds its whole memory cost (about 19
 * MiB) while it runs, so a burst of log-ins must queue rather than multiply that by the number of
 * requests: with virtual threads nothing else bounds them. A request that waits too long for its turn
 * is answered "busy" (503 with Retry-After) instead of piling up.
 */
@Component
public class HashPermits {

    private final Semaphore permits;
    private final Duration wait;
    private final Counter hashes;
    private final Counter refused;

    HashPermits(AccountSettings settings, MeterRegistry meters) {
        int configured = settings.argon2().maxConcurrent();
        int size = configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
        this.permits = new Semaphore(size, true);
        this.wait = settings.argon2().maxWait();
        this.hashes = Counter.builder("tribune.accounts.password.hashes")
                .description("Password hashes computed (log-in checks, new passwords)")
                .register(meters);
        this.refused = Counter.builder("tribune.accounts.password.busy")
                .description("Password checks refused because every hashing permit was taken for too long")
                .register(meters);
    }

    /** Runs one hash when a permit is free; throws {@link Busy} when none came free in time. */
    <T> T hash(Supplier<T> work) {
        acquire();
        try {
            hashes.increment();
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Takes a permit, waiting for one at most the configured time. */
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

    /** How many hashes have run since start. */
    public double hashesSoFar() {
        return hashes.count();
    }
}
