package com.numberinventory.adapters.rest.support;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorMappersTest {

    @Test
    void a_lost_or_refused_database_connection_is_unavailability_not_a_bug() {
        assertTrue(ErrorMappers.isDatabaseUnavailable(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(ErrorMappers.isDatabaseUnavailable(new SQLException("postmaster exit", "57P02")));
        assertTrue(ErrorMappers.isDatabaseUnavailable(new SQLException("too many", "53300")));
        assertTrue(ErrorMappers.isDatabaseUnavailable(new SQLTransientConnectionException("pool exhausted")));
    }

    @Test
    void other_failures_are_unexpected() {
        assertFalse(ErrorMappers.isDatabaseUnavailable(new SQLException("unique violation", "23505")));
        assertFalse(ErrorMappers.isDatabaseUnavailable(new IllegalStateException("bug")));
    }
}
