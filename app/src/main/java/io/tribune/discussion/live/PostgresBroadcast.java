package io.tribune.discussion.live;

import io.tribune.system.PostgresListener;
import java.sql.SQLException;
import java.time.Duration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes on one PostgreSQL database: an announcement is a {@code NOTIFY} on a channel named
 * after the schema (so test runs and sites sharing a server never hear each other), and each node
 * listens with a {@link PostgresListener}, which reconnects after a failure. Announcements made while
 * a node is reconnecting do not reach it; its readers' browsers catch up when they reconnect
 * themselves ({@code Last-Event-ID}).
 */
final class PostgresBroadcast implements CommentBroadcast, SmartLifecycle {

    /** How long one wait for notifications lasts. */
    private static final Duration WAIT = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final CommentArrivals arrivals;
    private final String channel;
    private final PostgresListener listener;

    PostgresBroadcast(JdbcClient jdbc, DataSourceProperties database, CommentArrivals arrivals) {
        this.jdbc = jdbc;
        this.arrivals = arrivals;
        this.channel = channel(jdbc.sql("select current_schema()")
                .query(String.class)
                .optional()
                .orElse(null));
        this.listener = new PostgresListener("comment-broadcast", database, channel, this::receive);
    }

    /** {@code tribune_comments_<schema>}: a plain lower-case identifier, at most 63 characters. */
    static String channel(String schema) {
        return PostgresListener.channel("tribune_comments_", schema);
    }

    String channel() {
        return channel;
    }

    @Override
    public void announce(Announcement announcement) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", channel)
                .param("payload", announcement.toString())
                .query()
                .singleRow();
    }

    @Override
    public void start() {
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    private void receive(PostgresListener listening) throws SQLException {
        for (String payload : listening.heard(WAIT)) {
            Announcement.parse(payload).ifPresent(arrivals::arrived);
        }
    }
}
