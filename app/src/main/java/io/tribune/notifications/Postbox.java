package io.tribune.notifications;

/** Where the site's emails go: an SMTP server in production, a folder in development. */
interface Postbox {

    void send(Letter letter);
}
