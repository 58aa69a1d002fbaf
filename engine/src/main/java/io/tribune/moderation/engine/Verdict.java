package io.tribune.moderation.engine;

import java.util.Locale;

/** The outcome of screening one comment. */
public enum Verdict {
    APPROVE,
    HOLD,
    REJECT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stricter of two verdicts. */
    public Verdict and(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
