/**
 * Email notifications a reader opted into: replies to their comments (gathered, at most one letter an
 * hour) and moderators' approvals of their held comments, queued durably and sent by whichever node
 * claims them first, each letter with a signed one-click unsubscribe link (RFC 8058). It only listens
 * to discussion and accounts and reads them through their facades. A module of its own inside
 * notifications, like push, because accounts uses notifications' letters.
 */
@ApplicationModule(
        displayName = "Notifications :: Email",
        allowedDependencies = {"accounts", "discussion", "editions", "notifications", "publishing", "system"})
package io.tribune.notifications.email;

import org.springframework.modulith.ApplicationModule;
