package io.tribune.media;

/** What became of an uploaded avatar: stored under a new id, or refused for a reason. */
public sealed interface AvatarUpload {

    /** The picture passed every check and was stored, re-encoded, in every avatar size. */
    record Stored(AvatarId id) implements AvatarUpload {}

    /** The picture was refused; nothing was stored. */
    record Refused(Refusal reason) implements AvatarUpload {}

    /** Why an upload was refused, in the order the checks run. */
    enum Refusal {
        /** No bytes at all. */
        EMPTY,
        /** More than {@link Avatars#MAX_BYTES}. */
        TOO_LARGE,
        /** An image, but of a kind not accepted (GIF, SVG, BMP, TIFF, HEIC...). */
        UNSUPPORTED_TYPE,
        /** Not an image at all, whatever its name says. */
        NOT_AN_IMAGE,
        /** Its header announces more pixels than {@link Avatars#MAX_PIXELS}: refused before decoding. */
        TOO_MANY_PIXELS,
        /** Truncated or corrupt: it could not be decoded cleanly. */
        UNREADABLE
    }
}
