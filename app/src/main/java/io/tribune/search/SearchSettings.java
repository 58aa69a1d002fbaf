package io.tribune.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator sets for search ({@code tribune.search.*}), read here only.
 *
 * @param root the folder of the embedded index, one sub-folder per edition
 * @param recentReads how far back Recommended looks for the most read articles
 * @param readsHalfLife after how long an article's views count half as much in Recommended
 * @param isRebuiltWhenMissing whether a start rebuilds an edition's index that is missing or does not
 *     hold as many articles as the database
 * @param catchUpInterval how often a node reads the changes other nodes made (on PostgreSQL a
 *     notification makes it read them at once, this is the fallback)
 * @param changesKept how long the log of changes is kept: a node stopped for longer than this catches
 *     up by a rebuild ({@code tribune reindex})
 */
@ConfigurationProperties("tribune.search")
record SearchSettings(
        @DefaultValue("data/search") Path root,
        @DefaultValue("P7D") Duration recentReads,
        @DefaultValue("PT24H") Duration readsHalfLife,
        @DefaultValue("true") boolean isRebuiltWhenMissing,
        @DefaultValue("PT2S") Duration catchUpInterval,
        @DefaultValue("P2D") Duration changesKept) {}
