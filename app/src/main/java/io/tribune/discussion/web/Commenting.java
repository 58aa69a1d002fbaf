package io.tribune.discussion.web;

/** What the reader looking at a discussion can do in it. */
public enum Commenting {
    /** Nobody is signed in: the form is replaced by log-in and registration links. */
    SIGNED_OUT,
    /** Signed in, but the address is unconfirmed or the privacy policy not agreed to. */
    NOT_ALLOWED,
    /** A moderator's block keeps the reader out of discussions. */
    BLOCKED,
    /** The discussion no longer takes comments. */
    CLOSED,
    /** The discussion no longer takes comments; the reader is signed in and may still report. */
    CLOSED_TO_READER,
    ALLOWED
}
