package io.tribune.discussion;

import io.micrometer.core.instrument.MeterRegistry;
import io.tribune.system.Permits;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The turns a node gives the comments it screens and stores at once, new and edited alike: an edit is
 * screened again, so it costs what a post costs and waits its turn with them ({@link PostingLimits}).
 */
@Component
class CommentPermits {

    private final Permits permits;

    CommentPermits(PostingLimits limits, MeterRegistry meters) {
        this.permits = new Permits("tribune.discussion.posting.busy", limits.atOnce(), limits.maxWait(), meters);
    }

    /** Runs the work in its turn; throws {@link io.tribune.system.Busy} when it waited too long for one. */
    <T> T run(Supplier<T> work) {
        return permits.run(work);
    }
}
