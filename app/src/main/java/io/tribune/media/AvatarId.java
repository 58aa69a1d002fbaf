package io.tribune.media;

import java.util.Optional;
import java.util.regex.Pattern;

/** An uploaded avatar, named by a random token: its address cannot be guessed from an account. */
public record AvatarId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    public AvatarId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an avatar id");
        }
    }

    /** The id in a stored or requested text, when it has the shape of one. */
    public static Optional<AvatarId> parse(String value) {
        return value != null && SHAPE.matcher(value).matches() ? Optional.of(new AvatarId(value)) : Optional.empty();
    }
}
