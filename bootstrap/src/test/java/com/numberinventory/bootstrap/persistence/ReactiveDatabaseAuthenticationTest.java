package com.numberinventory.bootstrap.persistence;

import com.numberinventory.adapters.persistence.shared.ReactiveDatabase;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The reactive client (lookup and search) signs in the way a production PostgreSQL asks, SCRAM-SHA-256 with a
 * password, from the same URL and credentials as the JDBC datasource. The embedded database of the other tests
 * trusts every connection, so this one starts its own and requires SCRAM for the role it creates.
 */
class ReactiveDatabaseAuthenticationTest {

    private static EmbeddedPostgres postgres;
    private static Vertx vertx;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("CREATE ROLE inventory LOGIN PASSWORD 'Sc4am-secret'");
            String hba;
            try (ResultSet rs = s.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = rs.getString(1);
            }
            // The superuser keeps trust (the test's own JDBC connection); every other role must prove its password.
            s.execute("COPY (SELECT unnest(ARRAY['local all all trust', 'host all postgres 127.0.0.1/32 trust',"
                    + " 'host all all 127.0.0.1/32 scram-sha-256', 'host all all ::1/128 scram-sha-256'])) TO '"
                    + hba.replace("'", "''") + "'");
            s.execute("SELECT pg_reload_conf()");
        }
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String url() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    private static String currentUser(Optional<String> password) throws Exception {
        SqlClient client = PgBuilder.client().with(new PoolOptions().setMaxSize(1))
                .connectingTo(ReactiveDatabase.options(url(), Optional.of("inventory"), password))
                .using(vertx).build();
        try {
            Row row = client.query("SELECT current_user").execute().toCompletionStage().toCompletableFuture()
                    .get(20, TimeUnit.SECONDS).iterator().next();
            return row.getString(0);
        } finally {
            client.close();
        }
    }

    @Test
    void signsInWithScramAndTheDatasourcePassword() throws Exception {
        assertEquals("inventory", currentUser(Optional.of("Sc4am-secret")));
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThrows(ExecutionException.class, () -> currentUser(Optional.of("wrong")));
    }
}
