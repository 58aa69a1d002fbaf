package io.tribune.accounts;

/** Where the module's emails go: an SMTP server in production, a folder in development. */
interface Postbox {

    void send(Letter letter);
}
