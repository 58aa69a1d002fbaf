package io.tribune.discussion.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How live updates run ({@code tribune.discussion.live.*}).
 *
 * @param broadcast how a published comment reaches the other nodes
 * @param maxReaders how many open streams one node keeps; more are answered 503
 * @param heartbeat how often an idle stream gets a comment line, so proxies keep it open
 * @param timeout how long one stream stays open before the browser reconnects
 * @param replay at most how many missed comments a reconnecting stream gets
 */
@ConfigurationProperties("tribune.discussion.live")
public record LiveSettings(
        @DefaultValue("auto") Broadcast broadcast,
        @DefaultValue("500") int maxReaders,
        @DefaultValue("25s") Duration heartbeat,
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("50") int replay) {

    /** How announcements travel between nodes. */
    public enum Broadcast {
        /** PostgreSQL's LISTEN/NOTIFY when the database is PostgreSQL, else in-process. */
        AUTO,
        /** Within this node only: right for one node. */
        IN_PROCESS,
        /** PostgreSQL's LISTEN/NOTIFY on a channel named after the schema. */
        POSTGRES
    }
}
