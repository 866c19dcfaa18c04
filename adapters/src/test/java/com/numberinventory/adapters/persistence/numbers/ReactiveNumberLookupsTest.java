package com.numberinventory.adapters.persistence.numbers;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A lookup's failures become what the API answers: 503 for an unreachable database, a bug for the rest. */
class ReactiveNumberLookupsTest {

    @Test
    void aRefusedOrLostConnectionIsTheDatabaseBeingUnavailable() {
        ConnectException refused = new ConnectException("Connection refused");
        Throwable t = ReactiveNumberLookups.translated(refused);
        SQLTransientConnectionException e = assertInstanceOf(SQLTransientConnectionException.class, t);
        assertEquals("08006", e.getSQLState());
        assertSame(refused, e.getCause());
    }

    @Test
    void aServerShuttingDownOrOutOfConnectionsIsTheDatabaseBeingUnavailable() {
        for (String state : new String[] {"57P01", "53300", "08003"}) {
            Throwable t = ReactiveNumberLookups.translated(new PgException("down", "FATAL", state, null));
            assertInstanceOf(SQLTransientConnectionException.class, t, state);
        }
    }

    @Test
    void anyOtherServerErrorIsNotHiddenAsAnOutage() {
        Throwable t = ReactiveNumberLookups.translated(new PgException("syntax", "ERROR", "42601", null));
        assertInstanceOf(IllegalStateException.class, t);
    }
}
