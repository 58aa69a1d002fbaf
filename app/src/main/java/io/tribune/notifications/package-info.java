/**
 * Notifications: how the site tells a reader something — today the letters it emails, written in the
 * edition's language and handed to a postbox (an SMTP server, or a folder in development, listed on
 * the demo's {@code /dev/mail} page). Other modules decide what to tell and to whom, and call
 * {@link Letters}, or {@link LetterOutbox} for the letters owed to a reader, which it keeps in the
 * caller's transaction and sends durably; this module knows nothing of accounts, articles or statements.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"editions", "system"})
package io.tribune.notifications;

import org.springframework.modulith.ApplicationModule;
