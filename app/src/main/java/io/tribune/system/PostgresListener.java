package io.tribune.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;

/**
 * A thread of its own that hears a PostgreSQL {@code NOTIFY} channel: it opens a connection outside the
 * pool, {@code LISTEN}s, and runs its round over and over; after a failure it closes the connection,
 * waits (half a second, doubling up to 30 seconds) and starts again. A round waits for notifications
 * with {@link #heard}. Without a channel (a database that cannot notify, e.g. H2) there is no
 * connection and {@link #heard} only waits. Announcements made while it reconnects do not reach it.
 */
public final class PostgresListener implements SmartLifecycle {

    /** What the listener does again and again while it runs; a failure makes it reconnect. */
    @FunctionalInterface
    public interface Round {
        void run(PostgresListener listener) throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);
    /** The longest single wait: also about how long stopping may take. */
    private static final long STEP_MILLIS = 1_000;
    /** How often a quiet listening connection is checked, so that a dead one is replaced. */
    private static final long CHECK_MILLIS = 30_000;

    private static final long FIRST_BACKOFF_MILLIS = 500;
    private static final long MOST_BACKOFF_MILLIS = 30_000;

    private final String name;
    private final DataSourceProperties database;
    private final String channel;
    private final Round round;
    private volatile boolean isRunning;
    private volatile Thread thread;
    /** The listening connection of the current attempt; used by the listener's own thread only. */
    private Connection connection;

    private long checked;

    /**
     * @param name the thread's name, which log lines carry too
     * @param channel the channel to listen on, or null where the database cannot notify
     */
    public PostgresListener(String name, DataSourceProperties database, String channel, Round round) {
        this.name = name;
        this.database = database;
        this.channel = channel;
        this.round = round;
    }

    /**
     * {@code <prefix><schema>}: a channel of the schema, so that test runs and sites sharing a server
     * never hear each other; a plain lower-case identifier of at most 63 characters.
     */
    public static String channel(String prefix, String schema) {
        String name = prefix
                + (schema == null ? "public" : schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        return name.substring(0, Math.min(63, name.length()));
    }

    @Override
    public synchronized void start() {
        isRunning = true;
        thread = Thread.ofPlatform().daemon().name(name).unstarted(this::loop);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        isRunning = false;
        Thread stopping = thread;
        if (stopping != null) {
            try {
                stopping.join(STEP_MILLIS * 3);
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
    public boolean isListening() {
        return isRunning
                && thread == Thread.currentThread()
                && !Thread.currentThread().isInterrupted();
    }

    /**
     * The payloads of the notifications heard within {@code within}: as soon as one comes, or none when
     * the time is up or the listener stops (it waits in steps of at most a second). A listening
     * connection quiet for 30 seconds is checked, and one no longer valid fails the round.
     */
    public List<String> heard(Duration within) throws SQLException {
        long until = System.nanoTime() + within.toNanos();
        while (isListening() && System.nanoTime() < until) {
            int step = (int) Math.max(1, Math.min(STEP_MILLIS, (until - System.nanoTime()) / 1_000_000));
            if (connection == null) {
                try {
                    Thread.sleep(step);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                continue;
            }
            PGNotification[] notifications =
                    connection.unwrap(PGConnection.class).getNotifications(step);
            if (notifications != null && notifications.length > 0) {
                List<String> payloads = new ArrayList<>(notifications.length);
                for (PGNotification notification : notifications) {
                    payloads.add(notification.getParameter());
                }
                return payloads;
            }
            if (System.currentTimeMillis() - checked > CHECK_MILLIS) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection is no longer valid");
                }
                checked = System.currentTimeMillis();
            }
        }
        return List.of();
    }

    private void loop() {
        long backoff = FIRST_BACKOFF_MILLIS;
        while (isListening()) {
            try (Connection listening = channel == null ? null : listening()) {
                connection = listening;
                checked = System.currentTimeMillis();
                while (isListening()) {
                    round.run(this);
                    backoff = FIRST_BACKOFF_MILLIS;
                }
            } catch (SQLException | RuntimeException e) {
                if (!isListening()) {
                    break;
                }
                log.warn("{} failed; trying again in {} ms", name, backoff, e);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
                backoff = Math.min(backoff * 2, MOST_BACKOFF_MILLIS);
            } finally {
                connection = null;
            }
        }
    }

    private Connection listening() throws SQLException {
        Connection opened = DriverManager.getConnection(
                database.determineUrl(), database.determineUsername(), database.determinePassword());
        try (Statement listen = opened.createStatement()) {
            listen.execute("listen " + channel);
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        log.info("{} listening on channel {}", name, channel);
        return opened;
    }
}
