package com.numberinventory.adapters.rest.security;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Keeps an {@link ApiKeyCache} in step with {@code api_keys} on every instance: LISTENs on a connection of its own
 * (not from the pool) to the channel the table's trigger notifies with the changed key's hash, and forgets each
 * hash it hears. Every {@code heartbeat} it runs a round trip, after which every change committed before it has
 * been heard, and tells the cache so ({@link ApiKeyCache#confirmedUpTo}); without that confirmation (database
 * unreachable, connection lost) the cache falls back to short-lived entries by itself. After a reconnect it
 * forgets everything, since changes made in between were not heard.
 */
public final class ApiKeyChangeListener implements AutoCloseable {

    /** The channel of the {@code api_keys} trigger (migration V30). */
    public static final String CHANNEL = "api_keys_changed";
    /** What the trigger sends when the whole table changed (TRUNCATE). */
    static final String EVERYTHING = "*";
    private static final Logger LOG = Logger.getLogger(ApiKeyChangeListener.class);

    private final String jdbcUrl;
    private final Properties properties;
    private final ApiKeyCache cache;
    private final Duration heartbeat;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    /**
     * @param jdbcUrl  the service's database
     * @param user     its user, or null when the URL carries it
     * @param password its password, or null
     */
    public ApiKeyChangeListener(String jdbcUrl, String user, String password, ApiKeyCache cache, Duration heartbeat) {
        this.jdbcUrl = jdbcUrl;
        this.cache = cache;
        this.heartbeat = heartbeat;
        this.properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "number-inventory api-key listener");
        // A connection that stops answering is given up within seconds (the cache is on short entries meanwhile).
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        this.thread = Thread.ofPlatform().daemon().name("api-key-changes").unstarted(this::run);
    }

    /** Starts listening in the background; returns at once (the first connection is made off the caller). */
    public ApiKeyChangeListener start() {
        thread.start();
        return this;
    }

    private void run() {
        long backoffMillis = 100;
        boolean failedBefore = false;
        while (running) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, properties)) {
                connection = c;
                c.setAutoCommit(true);
                PGConnection pg = c.unwrap(PGConnection.class);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                // Changes made before LISTEN took effect were not heard.
                cache.forgetAll();
                if (failedBefore) {
                    LOG.info("API key change listener reconnected");
                }
                failedBefore = false;
                backoffMillis = 100;
                listen(c, pg);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                if (!failedBefore) {
                    LOG.warnf("API key change listener lost its connection (%s); cached keys now live at most 1 s "
                            + "until it is back", e.getClass().getSimpleName());
                }
                failedBefore = true;
            } finally {
                connection = null;
            }
            sleep(backoffMillis);
            backoffMillis = Math.min(backoffMillis * 2, 2000);
        }
    }

    private void listen(Connection c, PGConnection pg) throws SQLException {
        int waitMillis = (int) heartbeat.toMillis();
        while (running) {
            long before = cache.now();
            try (Statement s = c.createStatement()) {
                // Notifications committed before this round trip arrive ahead of its answer.
                s.execute("SELECT 1");
            }
            apply(pg.getNotifications());
            cache.confirmedUpTo(before);
            // Wakes as soon as a notification arrives, else after the heartbeat.
            apply(pg.getNotifications(waitMillis));
        }
    }

    private void apply(PGNotification[] notifications) {
        if (notifications == null) {
            return;
        }
        for (PGNotification n : notifications) {
            if (!CHANNEL.equals(n.getName())) {
                continue;
            }
            String hash = n.getParameter();
            if (hash == null || hash.isEmpty() || EVERYTHING.equals(hash)) {
                cache.forgetAll();
            } else {
                cache.forget(hash);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops listening and closes the connection. */
    @Override
    public void close() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing on the way out
            }
        }
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
