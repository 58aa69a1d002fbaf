package io.tribune.notifications;

/** One plain-text email to one address. */
record Letter(String to, String subject, String body) {}
