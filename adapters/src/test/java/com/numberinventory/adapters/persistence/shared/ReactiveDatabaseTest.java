package com.numberinventory.adapters.persistence.shared;

import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.pgclient.SslMode;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reactive client reaches the database the JDBC datasource is configured with. */
class ReactiveDatabaseTest {

    @Test
    void takesHostPortAndDatabaseFromTheJdbcUrlAndTheDatasourceCredentials() {
        PgConnectOptions o = ReactiveDatabase.options("jdbc:postgresql://db.internal:6543/inventory",
                Optional.of("numbers"), Optional.of("s3cret"));
        assertEquals("db.internal", o.getHost());
        assertEquals(6543, o.getPort());
        assertEquals("inventory", o.getDatabase());
        assertEquals("numbers", o.getUser());
        assertEquals("s3cret", o.getPassword());
        assertTrue(o.getCachePreparedStatements(), "each statement is prepared once per connection");
    }

    @Test
    void readsCredentialsAndSslModeFromTheUrlWhenTheDatasourceHasNone() {
        PgConnectOptions o = ReactiveDatabase.options(
                "jdbc:postgresql://127.0.0.1/postgres?user=postgres&password=p%26w&sslmode=require",
                Optional.empty(), Optional.empty());
        assertEquals(5432, o.getPort());
        assertEquals("postgres", o.getUser());
        assertEquals("p&w", o.getPassword());
        assertEquals(SslMode.REQUIRE, o.getSslMode());
    }

    @Test
    void theDatasourceCredentialsWinOverTheUrls() {
        PgConnectOptions o = ReactiveDatabase.options("jdbc:postgresql://h:1/d?user=a&password=b",
                Optional.of("c"), Optional.of("d"));
        assertEquals("c", o.getUser());
        assertEquals("d", o.getPassword());
    }

    @Test
    void refusesWhatIsNotOnePostgresHost() {
        assertThrows(IllegalArgumentException.class,
                () -> ReactiveDatabase.options("jdbc:h2:mem:x", Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> ReactiveDatabase.options("jdbc:postgresql:///d", Optional.empty(), Optional.empty()));
    }

    @Test
    void aRefusedOrLostConnectionIsTheDatabaseBeingUnavailable() {
        ConnectException refused = new ConnectException("Connection refused");
        Throwable t = ReactiveDatabase.failure(refused);
        SQLTransientConnectionException e = assertInstanceOf(SQLTransientConnectionException.class, t);
        assertEquals("08006", e.getSQLState());
        assertSame(refused, e.getCause());
    }

    @Test
    void aServerShuttingDownOrOutOfConnectionsIsTheDatabaseBeingUnavailable() {
        for (String state : new String[] {"57P01", "53300", "08003"}) {
            Throwable t = ReactiveDatabase.failure(new PgException("down", "FATAL", state, null));
            assertInstanceOf(SQLTransientConnectionException.class, t, state);
        }
    }

    @Test
    void anyOtherServerErrorIsNotHiddenAsAnOutage() {
        Throwable t = ReactiveDatabase.failure(new PgException("syntax", "ERROR", "42601", null));
        assertInstanceOf(IllegalStateException.class, t);
    }

    @Test
    void onlyStatementsMarkedPlanStableStayPrepared() {
        String lookup = ReactiveDatabase.keepPrepared("SELECT 1 FROM numbers WHERE e164 = $1");
        PgConnectOptions o = ReactiveDatabase.options("jdbc:postgresql://h/d", Optional.empty(), Optional.empty());
        assertTrue(o.getPreparedStatementCacheSqlFilter().test(lookup));
        assertFalse(o.getPreparedStatementCacheSqlFilter().test("SELECT 1 FROM numbers WHERE digits LIKE $1"));
    }
}
