package io.tribune.accounts;

/**
 * Something a reader may choose to be emailed about. Every topic starts off: a reader is mailed only
 * about what they ticked themselves (consent, not a default).
 */
public enum NotificationTopic {
    /** Someone replied to one of my comments. */
    REPLIES,
    /** A moderator decided on one of my comments (approved a held one). */
    DECISIONS,
    /** The edition's newsletter. */
    NEWSLETTER,
    /** Breaking news as it happens. */
    BREAKING_NEWS
}
