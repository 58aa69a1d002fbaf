package io.tribune.accounts.core;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tribune.system.Permits;
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

    private final Permits permits;
    private final Counter hashes;

    HashPermits(AccountSettings settings, MeterRegistry meters) {
        this.permits = new Permits(
                "tribune.accounts.password.busy",
                settings.argon2().maxConcurrent(),
                settings.argon2().maxWait(),
                meters);
        this.hashes = Counter.builder("tribune.accounts.password.hashes")
                .description("Password hashes computed (log-in checks, new passwords)")
                .register(meters);
    }

    /** Runs one hash when a permit is free; throws {@link io.tribune.system.Busy} when none came free in time. */
    <T> T hash(Supplier<T> work) {
        return permits.run(() -> {
            hashes.increment();
            return work.get();
        });
    }

    /** Takes a permit, waiting for one at most the configured time. */
    public void acquire() {
        permits.acquire();
    }

    public void release() {
        permits.release();
    }

    /** How many hashes have run since start. */
    public double hashesSoFar() {
        return hashes.count();
    }
}
