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

    @Override
    public Map<String, String> start() {
        String url = System.getenv("NUMBERS_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", env("NUMBERS_TEST_DB_USER", "postgres"),
                    "quarkus.datasource.password", env("NUMBERS_TEST_DB_PASSWORD", "postgres"));
        }
        try {
            postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
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
