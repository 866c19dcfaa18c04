package com.numberinventory.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: the one in {@code NUMBERS_TEST_JDBC_URL} (with {@code NUMBERS_TEST_DB_USER}
 * and {@code NUMBERS_TEST_DB_PASSWORD}) when set, else an embedded one started for the run.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;
    private ToggleableProxy proxy;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("NUMBERS_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", env("NUMBERS_TEST_DB_USER", "postgres"),
                    "quarkus.datasource.password", env("NUMBERS_TEST_DB_PASSWORD", "postgres"));
        }
        try {
            // pg_stat_statements is loaded so tests can count the statements a request runs (StatementsPerRequestTest).
            postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "top")
                    .setServerConfig("pg_stat_statements.track_utility", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // The service reaches the database through a proxy that outage tests can cut (DatabaseOutageTest).
            proxy = new ToggleableProxy(postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres?user=postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** Hands the proxy to test fields of its type (null when an external database is used). */
    @Override
    public void inject(TestInjector testInjector) {
        if (proxy != null) {
            testInjector.injectIntoFields(proxy, new TestInjector.MatchesType(ToggleableProxy.class));
        }
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // best effort at the end of the run
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
