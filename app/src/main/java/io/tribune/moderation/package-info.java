/**
 * Moderation: the community-standards policy and the screening engine (the {@code engine} Maven
 * module, plain Java, in this module's {@code engine} sub-package), the moderators' console (queues,
 * decisions, the audit log), blocks and unlock requests, and statements of reasons with their DSA
 * export. Other modules reach it through ports they declare (discussion's comment screening and
 * blocks), never through the engine's types; it acts on comments through the discussion's facades and
 * mails readers through the notifications module's letters.
 */
@ApplicationModule(
        displayName = "Moderation",
        allowedDependencies = {"accounts", "discussion", "editions", "notifications", "system"})
package io.tribune.moderation;

import org.springframework.modulith.ApplicationModule;
