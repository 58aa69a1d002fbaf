package io.tribune.media;

/** What became of an uploaded picture for articles and galleries: stored, or refused for a reason. */
public sealed interface ImageUpload {

    /** The picture passed every check and was stored, re-encoded, in every width. */
    record Stored(ImageRef image) implements ImageUpload {}

    /** The picture was refused; nothing was stored. */
    record Refused(Refusal reason) implements ImageUpload {}

    /** Why an upload was refused, in the order the checks run. */
    enum Refusal {
        /** The caption is missing, longer than {@link ImageUploads#MAX_CAPTION} or not clean text. */
        CAPTION,
        /** The credit line is missing, longer than {@link ImageUploads#MAX_CREDIT} or not clean text. */
        CREDIT,
        /** No bytes at all. */
        EMPTY,
        /** More than {@link ImageUploads#MAX_BYTES}. */
        TOO_LARGE,
        /** Not an image at all, whatever its name says. */
        NOT_AN_IMAGE,
        /** An image, but of a kind not accepted (GIF, SVG, BMP, TIFF, HEIC...). */
        UNSUPPORTED_TYPE,
        /** Its header announces more pixels than {@link ImageUploads#MAX_PIXELS}: refused before decoding. */
        TOO_MANY_PIXELS,
        /** Narrower than the smallest width served, {@link ImageUploads#MIN_WIDTH}. */
        TOO_SMALL,
        /** Truncated or corrupt: it could not be decoded cleanly. */
        UNREADABLE
    }
}
