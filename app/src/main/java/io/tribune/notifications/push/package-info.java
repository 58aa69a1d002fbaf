/**
 * Web push and the reader's notification preferences: VAPID keys, subscriptions per edition with their
 * topics, and durable sending of breaking news and replies to push services by the open standards
 * (RFC 8030, 8291, 8292), plus the opt-in letters about replies and moderation. It only listens to the
 * modules it tells about (publishing, discussion, moderation) and reads them through their facades. A
 * module of its own inside notifications, because accounts uses notifications' letters: were these
 * listeners in notifications itself, its arrows would point back up.
 */
@ApplicationModule(
        displayName = "Notifications :: Push",
        allowedDependencies = {"accounts", "discussion", "editions", "notifications", "publishing", "system"})
package io.tribune.notifications.push;

import org.springframework.modulith.ApplicationModule;
