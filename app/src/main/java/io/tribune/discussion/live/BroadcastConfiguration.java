package io.tribune.discussion.live;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Picks how published comments reach the other nodes: PostgreSQL's notifications where it is the database. */
@Configuration
class BroadcastConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BroadcastConfiguration.class);

    @Bean
    CommentBroadcast commentBroadcast(
            LiveSettings settings, DataSourceProperties database, JdbcClient jdbc, CommentArrivals arrivals) {
        boolean isPostgres = switch (settings.broadcast()) {
            case AUTO -> database.determineUrl().startsWith("jdbc:postgresql:");
            case POSTGRES -> true;
            case IN_PROCESS -> false;
        };
        if (!isPostgres) {
            if (isShared(database.determineUrl())) {
                log.warn(
                        "live comments: in-process broadcast on a database other processes may share ({}):"
                                + " comments reach only the readers of the node they were posted on",
                        database.determineUrl());
            } else {
                log.info("live comments: in-process broadcast (one node)");
            }
            return new InProcessBroadcast(arrivals);
        }
        PostgresBroadcast broadcast = new PostgresBroadcast(jdbc, database, arrivals);
        log.info("live comments: PostgreSQL LISTEN/NOTIFY broadcast on channel {}", broadcast.channel());
        return broadcast;
    }

    /** An H2 server, or a file that later processes reach through the first one's server: several nodes may use it. */
    static boolean isShared(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")
                || lower.contains(";auto_server=true");
    }
}
