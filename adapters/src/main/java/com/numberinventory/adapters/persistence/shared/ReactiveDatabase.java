package com.numberinventory.adapters.persistence.shared;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The same PostgreSQL database as the JDBC datasource, reached through Vert.x's PostgreSQL client for the reads that
 * run on the event loop (the routing backend's lookup): no worker thread is taken and none waits on a socket while
 * the database answers. Configured from the datasource's own settings ({@code quarkus.datasource.jdbc.url}, username,
 * password), so there is one database to configure. The client pipelines statements on a few connections, one per
 * event loop. Built on first use, so it costs nothing at start.
 *
 * <p>Only the statements named by {@link #keepPrepared} stay prepared on a connection: PostgreSQL may switch a
 * statement prepared for good to a generic plan that ignores its values, which walks the wrong index for a search
 * by digit pattern or a skewed status (the JDBC pool avoids it with {@code plan_cache_mode = force_custom_plan}). A
 * statement whose plan cannot depend on its values (an equality on a unique index) is kept prepared; every other is
 * planned for its own values on each execution.
 */
@ApplicationScoped
public class ReactiveDatabase {

    /** The name of the client's pool and the prefix of its Micrometer meters. */
    public static final String METRICS_NAME = "numbers-reactive";

    /** One connection per event loop (Quarkus' default: two per core); statements are pipelined on each. */
    private static final int CONNECTIONS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    @Inject
    Vertx vertx;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private static final Set<String> KEPT_PREPARED = ConcurrentHashMap.newKeySet();

    private volatile SqlClient client;

    /** Marks a statement whose plan does not depend on its values, to prepare it once per connection. */
    public static String keepPrepared(String sql) {
        KEPT_PREPARED.add(sql);
        return sql;
    }

    /**
     * What a failed statement means to the caller: a connection that could not be made or was lost is the database
     * being unavailable (a {@link SQLTransientConnectionException}, the API's 503, as for the JDBC pool); any other
     * server error is not hidden as an outage.
     */
    public static Throwable failure(Throwable failure) {
        if (failure instanceof PgException pg) {
            String state = String.valueOf(pg.getSqlState());
            if (!(state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"))) {
                return new IllegalStateException("a statement failed", failure);
            }
        }
        return new SQLTransientConnectionException("the database is unavailable", "08006", failure);
    }

    public SqlClient client() {
        SqlClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = PgBuilder.client()
                            .with(new PoolOptions().setMaxSize(CONNECTIONS).setName(METRICS_NAME))
                            .connectingTo(options(jdbcUrl, username, password))
                            .using(vertx)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    @PreDestroy
    void close() {
        SqlClient c = client;
        if (c != null) {
            c.close();
        }
    }

    /**
     * The connection options of a {@code jdbc:postgresql://host[:port]/database[?user=..&password=..&sslmode=..]}
     * URL; the datasource's username and password, where set, take precedence over the URL's.
     */
    public static PgConnectOptions options(String jdbcUrl, Optional<String> username, Optional<String> password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a jdbc:postgresql:// URL with one host");
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("not a jdbc:postgresql:// URL with one host");
        }
        Map<String, String> params = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        PgConnectOptions options = new PgConnectOptions()
                .setHost(uri.getHost())
                .setPort(uri.getPort() > 0 ? uri.getPort() : 5432)
                .setDatabase(path.length() > 1 ? path.substring(1) : "postgres")
                .setCachePreparedStatements(true)
                .setPreparedStatementCacheSqlFilter(KEPT_PREPARED::contains)
                .setPipeliningLimit(256)
                .setConnectTimeout(5_000)
                .setMetricsName(METRICS_NAME);
        username.or(() -> Optional.ofNullable(params.get("user"))).ifPresent(options::setUser);
        password.or(() -> Optional.ofNullable(params.get("password"))).ifPresent(options::setPassword);
        Optional.ofNullable(params.get("sslmode")).map(SslMode::of).ifPresent(options::setSslMode);
        return options;
    }
}
