package io.tribune.moderation.engine;

/** A policy document that cannot be used; the message says where and why. */
public final class PolicyException extends RuntimeException {

    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
