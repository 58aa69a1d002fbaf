package io.tribune.discussion.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes on one PostgreSQL database: an announcement is a {@code NOTIFY} on a channel named
 * after the schema (so test runs and sites sharing a server never hear each other), and each node
 * listens on a connection of its own, outside the pool, reconnecting after a failure. Announcements
 * made while a node is reconnecting do not reach it; its readers' browsers catch up when they
 * reconnect themselves ({@code Last-Event-ID}).
 */
final class PostgresBroadcast implements CommentBroadcast, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresBroadcast.class);
    /** How long one wait for notifications lasts: also how long stopping may take. */
    private static final int WAIT_MILLIS = 1_000;
    /** How often an idle listening connection is checked, so a dead one is replaced. */
    private static final long CHECK_MILLIS = 30_000;

    private static final long MOST_BACKOFF_MILLIS = 30_000;

    private final JdbcClient jdbc;
    private final DataSourceProperties database;
    private final CommentArrivals arrivals;
    private final String channel;
    private volatile boolean isRunning;
    private volatile Thread listener;

    PostgresBroadcast(JdbcClient jdbc, DataSourceProperties database, CommentArrivals arrivals) {
        this.jdbc = jdbc;
        this.database = database;
        this.arrivals = arrivals;
        this.channel = channel(jdbc.sql("select current_schema()")
                .query(String.class)
                .optional()
                .orElse(null));
    }

    /** {@code tribune_comments_<schema>}: a plain lower-case identifier, at most 63 characters. */
    static String channel(String schema) {
        String name = "tribune_comments_"
                + (schema == null ? "public" : schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        return name.length() <= 63 ? name : name.substring(0, 63);
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
    public synchronized void start() {
        isRunning = true;
        listener = Thread.ofPlatform().daemon().name("comment-broadcast").unstarted(this::listen);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        isRunning = false;
        if (listener != null) {
            try {
                listener.join(WAIT_MILLIS * 3L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return isRunning;
    }

    /** Whether this thread is the listener of the current start (one left over from a slow stop is not). */
    private boolean isListening() {
        return isRunning && listener == Thread.currentThread();
    }

    private void listen() {
        long backoff = 500;
        while (isListening()) {
            try (Connection connection = DriverManager.getConnection(
                    database.determineUrl(), database.determineUsername(), database.determinePassword())) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen " + channel);
                }
                log.info("listening for published comments on channel {}", channel);
                backoff = 500;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (!isListening()) {
                    break;
                }
                log.warn("listening for published comments failed; trying again in {} ms", backoff, e);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
                backoff = Math.min(backoff * 2, MOST_BACKOFF_MILLIS);
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long checked = System.currentTimeMillis();
        while (isListening()) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    Announcement.parse(notification.getParameter()).ifPresent(arrivals::arrived);
                }
            } else if (System.currentTimeMillis() - checked > CHECK_MILLIS) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection is no longer valid");
                }
                checked = System.currentTimeMillis();
            }
        }
    }
}
