/**
 * What a reader changes about their own account: display name, password, avatar, address (confirmed
 * from the new one), consent, notification choices; deletion with a 30-day restore link, the purge
 * after it, and the export of everything kept about them.
 */
package io.tribune.accounts.profile;
