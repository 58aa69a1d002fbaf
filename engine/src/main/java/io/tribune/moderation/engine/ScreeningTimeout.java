package io.tribune.moderation.engine;

/** Thrown by {@link Screening#checkDeadline()} when a comment's screening ran past its time budget. */
public final class ScreeningTimeout extends RuntimeException {

    public ScreeningTimeout(String message) {
        super(message, null, false, false);
    }
}
