package io.tribune.moderation.engine.semantic;

/**
 * A sentence encoder that cannot be used: a missing or unreadable model folder or file (named in the
 * message), or trained heads that do not fit the model. The engine refuses to start with it.
 */
public final class EncoderException extends RuntimeException {

    public EncoderException(String message) {
        super(message);
    }

    public EncoderException(String message, Throwable cause) {
        super(message, cause);
    }
}
