package io.tribune.moderation;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the application's moderation engine is built ({@code tribune.moderation.*}).
 *
 * @param policy an operator's policy file merged over the built-in one, or null
 * @param dataDir the engine's data folder: operator lexicons, allow-lists, blocklists, model folders named
 *     relatively in the policy's {@code encoder:}, trained heads ({@code semantic/heads-EDITION.json}) and
 *     the moderators' decisions they learn from; or null
 * @param warmUp whether to build the engine in the background right after start, so that the first
 *     comment does not wait for it
 * @param activityRetention how long the record of recent comments for the flood and flash-mob rules is kept
 * @param retrainAfter after how many moderator decisions in a language the semantic heads of its editions
 *     are trained again (the n-gram classifier learns each decision at once)
 * @param learnFromLatest how many of each edition's latest moderator decisions, read from the database, a
 *     node learns from when it starts
 * @param learnEvery how often a node reads the moderator decisions made since it last looked, on whichever
 *     node they were made (a decision made on the node itself is read at once)
 * @param dryRunTimeout how long a policy dry run may run before any node counts it failed (its node died
 *     or lost the database mid-run)
 */
@ConfigurationProperties("tribune.moderation")
record ModerationSettings(
        Path policy,
        Path dataDir,
        @DefaultValue("true") boolean warmUp,
        @DefaultValue("1h") Duration activityRetention,
        @DefaultValue("25") int retrainAfter,
        @DefaultValue("500") int learnFromLatest,
        @DefaultValue("30s") Duration learnEvery,
        @DefaultValue("10m") Duration dryRunTimeout) {}
