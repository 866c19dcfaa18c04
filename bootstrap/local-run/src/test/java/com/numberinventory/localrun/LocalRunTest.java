package com.numberinventory.localrun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalRunTest {

    @Test
    void options_default_to_the_repository_data_folder_and_port() {
        LocalRun.Options o = LocalRun.Options.parse(List.of("--", "java", "-jar", "app.jar"), Map.of());
        assertEquals(Path.of(LocalRun.DEFAULT_DATA_DIR).toAbsolutePath(), o.dataDir());
        assertEquals(LocalRun.DEFAULT_PORT, o.port());
        assertFalse(o.externalDatabase());
        assertEquals(List.of("java", "-jar", "app.jar"), o.command());
    }

    @Test
    void flags_win_over_the_environment_and_a_configured_jdbc_url_means_no_embedded_database() {
        LocalRun.Options o = LocalRun.Options.parse(List.of("--port", "54349", "--data-dir", "/tmp/x", "--", "true"),
                Map.of("NUMBERS_EMBEDDED_POSTGRES_PORT", "54000",
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/numbers"));
        assertEquals(54349, o.port());
        assertEquals(Path.of("/tmp/x"), o.dataDir());
        assertTrue(o.externalDatabase());
    }

    @Test
    void bad_arguments_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> LocalRun.Options.parse(List.of("--"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> LocalRun.Options.parse(List.of("java"), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> LocalRun.Options.parse(List.of("--port", "none", "--", "true"), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> LocalRun.Options.parse(List.of("--colour", "red", "--", "true"), Map.of()));
    }

    @Test
    void the_command_gets_a_working_database_and_its_exit_code_is_passed_on(@TempDir Path dir) throws Exception {
        Path seen = dir.resolve("seen");
        int port = freePort();
        // The command records what it was given and whether the server accepts a connection, then exits 3.
        String script = "echo \"$QUARKUS_DATASOURCE_JDBC_URL $QUARKUS_DATASOURCE_USERNAME\" > " + seen
                + "; (exec 3<>/dev/tcp/127.0.0.1/" + port + ") && echo listening >> " + seen + "; exit 3";
        int exit = LocalRun.run(LocalRun.Options.parse(
                List.of("--data-dir", dir.resolve("pg").toString(), "--port", String.valueOf(port),
                        "--", "bash", "-c", script), Map.of()));
        assertEquals(3, exit);
        List<String> lines = Files.readAllLines(seen);
        assertTrue(lines.get(0).startsWith("jdbc:postgresql://localhost:" + port + "/"), lines.get(0));
        assertTrue(lines.get(0).endsWith(" postgres"), lines.get(0));
        assertEquals(List.of("listening"), lines.subList(1, lines.size()));
        assertTrue(Files.exists(dir.resolve("pg").resolve("PG_VERSION")), "the data folder holds a cluster");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
