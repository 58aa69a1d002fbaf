package io.tribune.accounts.profile;

/** Something a reader may choose to be told about, with what a new account starts with. */
public enum NotificationTopic {
    /** Someone replied to one of my comments. */
    REPLIES(true),
    /** A moderator decided on one of my comments (held, removed, restored). */
    DECISIONS(true),
    /** The edition's newsletter. */
    NEWSLETTER(false),
    /** Breaking news as it happens. */
    BREAKING_NEWS(false);

    private final boolean isOnByDefault;

    NotificationTopic(boolean isOnByDefault) {
        this.isOnByDefault = isOnByDefault;
    }

    public boolean isOnByDefault() {
        return isOnByDefault;
    }
}
