package io.tribune.moderation;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the application's moderation engine is built ({@code tribune.moderation.*}).
 *
 * @param policy an operator's policy file merged over the built-in one, or null
 * @param dataDir a folder of operator lexicons, allow-lists, blocklists and models, or null
 * @param warmUp whether to build the engine in the background right after start, so that the first
 *     comment does not wait for it
 * @param activityRetention how long the record of recent comments for the flood and flash-mob rules is kept
 */
@ConfigurationProperties("tribune.moderation")
record ModerationSettings(
        Path policy,
        Path dataDir,
        @DefaultValue("true") boolean warmUp,
        @DefaultValue("1h") Duration activityRetention) {}
