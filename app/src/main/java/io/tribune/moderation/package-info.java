/**
 * Moderation: the community-standards policy and the screening engine (the {@code engine} Maven
 * module, plain Java, in this module's {@code engine} sub-package), and next the queues, decisions,
 * blocks, unlock requests and statements of reasons. Other modules will reach it through ports they
 * declare (e.g. discussion's comment screening), never through the engine's types.
 */
@ApplicationModule(
        displayName = "Moderation",
        allowedDependencies = {"accounts", "discussion", "editions", "system"})
package io.tribune.moderation;

import org.springframework.modulith.ApplicationModule;
