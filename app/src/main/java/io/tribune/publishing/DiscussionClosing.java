package io.tribune.publishing;

import java.time.Instant;
import java.util.Objects;

/**
 * When an article's discussion closes, as its editor chose: by the edition's rule (some days after
 * publication), already closed, open until a time, or never closed.
 *
 * @param until when the discussion closed or closes ({@link Kind#CLOSED}, {@link Kind#UNTIL}), otherwise null
 */
public record DiscussionClosing(Kind kind, Instant until) {

    /** The edition's rule decides. */
    public static final DiscussionClosing EDITION = new DiscussionClosing(Kind.EDITION, null);

    /** The editor's choices. */
    public enum Kind {
        EDITION,
        CLOSED,
        UNTIL,
        NEVER
    }

    public DiscussionClosing {
        Objects.requireNonNull(kind);
        boolean isTimed = kind == Kind.CLOSED || kind == Kind.UNTIL;
        if (isTimed != (until != null)) {
            throw new IllegalArgumentException(kind + " with until " + until);
        }
    }

    public static DiscussionClosing closed(Instant at) {
        return new DiscussionClosing(Kind.CLOSED, at);
    }

    public static DiscussionClosing openUntil(Instant until) {
        return new DiscussionClosing(Kind.UNTIL, until);
    }

    public static DiscussionClosing never() {
        return new DiscussionClosing(Kind.NEVER, null);
    }
}
