package io.tribune.discussion;

import io.micrometer.core.instrument.MeterRegistry;
import io.tribune.system.Busy;
import io.tribune.system.Permits;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The turns a node gives the comments it screens and stores at once, new and edited alike: an edit is
 * screened again, so it costs what a post costs and waits its turn with them ({@link PostingLimits}).
 *
 * <p>A request may take its turn before anything else is done for it ({@link #take}), so that one
 * refused costs no sign-in check and no database connection; the posting or editing then run on the
 * same thread uses that turn, or is refused at once when the turn was not given.
 */
@Component
public class CommentPermits {

    private enum Turn {
        HELD,
        REFUSED
    }

    private final Permits permits;
    private final ThreadLocal<Turn> turn = new ThreadLocal<>();

    CommentPermits(PostingLimits limits, MeterRegistry meters) {
        this.permits = new Permits("tribune.discussion.posting.busy", limits.atOnce(), limits.maxWait(), meters);
    }

    /**
     * Waits for a turn for the work this thread does until {@link #end}: true when it was given, false
     * when it waited too long (the work is then refused as busy).
     */
    public boolean take() {
        try {
            permits.acquire();
            turn.set(Turn.HELD);
            return true;
        } catch (Busy busy) {
            turn.set(Turn.REFUSED);
            return false;
        }
    }

    /** Gives back the turn {@link #take} took, if it took one. */
    public void end() {
        Turn taken = turn.get();
        turn.remove();
        if (taken == Turn.HELD) {
            permits.release();
        }
    }

    /**
     * Runs the work in its turn: the thread's own if it took one, else one waited for here; throws
     * {@link io.tribune.system.Busy} when it waited too long for one.
     */
    <T> T run(Supplier<T> work) {
        Turn taken = turn.get();
        if (taken == Turn.HELD) {
            return work.get();
        }
        if (taken == Turn.REFUSED) {
            throw new Busy();
        }
        return permits.run(work);
    }
}
