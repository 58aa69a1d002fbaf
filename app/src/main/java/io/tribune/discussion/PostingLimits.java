package io.tribune.discussion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many comments one node screens and stores at once ({@code tribune.discussion.posting.*}). A
 * burst beyond that waits its turn, so the comments being handled keep their database connections
 * only briefly; one that waits longer than {@code maxWait} is answered "busy" and may be sent again.
 *
 * <p>A post spends much of its time waiting for its transactions to commit, not on the processors: on
 * the 2-core test machine 16 at once served 60 posts a second where 4 at once served 44
 * (docs/benchmarks.md, 2026-12-06). A post holds its turn from before the sign-in check to its answer
 * and uses one database connection at a time, so the turns are fewer than the pool's connections
 * ({@code spring.datasource.hikari.maximum-pool-size}, 10 by default): a post given its turn never waits
 * for a connection, and two are left for pages, live updates and background work. A node with a bigger
 * pool may give more turns.
 *
 * @param atOnce comments handled at once; 0 for twice the processors
 * @param maxWait how long a comment waits for its turn at most
 */
@ConfigurationProperties("tribune.discussion.posting")
public record PostingLimits(
        @DefaultValue("8") int atOnce, @DefaultValue("3s") Duration maxWait) {}
