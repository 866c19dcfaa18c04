package com.numberinventory.bootstrap.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;

/** The production artifact starts no embedded database unless asked. */
class EmbeddedPostgresLauncherTest {

    @AfterEach
    void clear() {
        System.clearProperty("numbers.embedded-postgres");
        System.clearProperty("quarkus.datasource.jdbc.url");
    }

    @Test
    void nothing_starts_when_not_asked() {
        System.clearProperty("numbers.embedded-postgres");
        EmbeddedPostgresLauncher.startIfAsked();
        assertNull(System.getProperty("quarkus.datasource.jdbc.url"));
    }

    @Test
    void nothing_starts_when_asked_but_a_jdbc_url_is_configured() {
        System.setProperty("numbers.embedded-postgres", "true");
        System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example:5432/numbers");
        EmbeddedPostgresLauncher.startIfAsked();
        // The configured URL is left as it was: no embedded server took its place.
        org.junit.jupiter.api.Assertions.assertEquals("jdbc:postgresql://db.example:5432/numbers",
                System.getProperty("quarkus.datasource.jdbc.url"));
    }
}
