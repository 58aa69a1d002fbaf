package io.tribune.moderation;

import java.util.List;

/**
 * The answer to a moderator's action: done, or why nothing changed.
 *
 * @param message the message key of what the moderator is told
 * @param status the HTTP status the answer carries: 200 done, 404 no such item, 409 decided meanwhile,
 *     422 bad input
 * @param args the message's arguments (how many were decided, for a bulk action)
 */
public record Decided(boolean isDone, String message, int status, List<Object> args) {

    public Decided(boolean isDone, String message, int status) {
        this(isDone, message, status, List.of());
    }

    public Object[] arguments() {
        return args.toArray();
    }

    static Decided done(String message) {
        return new Decided(true, message, 200);
    }

    static Decided refused(String message, int status) {
        return new Decided(false, message, status);
    }
}
