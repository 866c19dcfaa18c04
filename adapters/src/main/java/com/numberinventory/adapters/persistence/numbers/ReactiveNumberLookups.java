package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.adapters.persistence.shared.ReactiveDatabase;
import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.out.numbers.NumberLookups;
import com.numberinventory.domain.number.E164;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowIterator;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * The lookup by E.164 as the number view's one statement, sent on the reactive client: the answer completes on the
 * caller's event loop when the row arrives. A database that cannot be reached fails the lookup with a
 * {@link SQLTransientConnectionException} (the API's 503 {@code service_unavailable}), as the JDBC reads do.
 */
@ApplicationScoped
public class ReactiveNumberLookups implements NumberLookups {

    @Inject
    ReactiveDatabase database;

    @Override
    public CompletionStage<Optional<NumberDetails>> byE164(E164 e164) {
        return database.client().preparedQuery(NumberViewRows.BY_E164).execute(Tuple.of(e164.value()))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    return it.hasNext() ? Optional.of(NumberViewRows.read(new RowColumns(it.next())))
                            : Optional.<NumberDetails>empty();
                })
                .recover(failure -> io.vertx.core.Future.failedFuture(translated(failure)))
                .toCompletionStage();
    }

    /** A connection that could not be made or was lost is the database being unavailable; the rest is a bug. */
    static Throwable translated(Throwable failure) {
        if (failure instanceof PgException pg) {
            String state = String.valueOf(pg.getSqlState());
            if (!(state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"))) {
                return new IllegalStateException("reading a number failed", failure);
            }
        }
        return new SQLTransientConnectionException("the database is unavailable", "08006", failure);
    }

    /** A reactive row as the view's columns (numbered from 1, as in JDBC). */
    private record RowColumns(Row row) implements NumberViewRows.Columns {
        @Override
        public UUID uuid(int column) {
            return row.getUUID(column - 1);
        }

        @Override
        public String text(int column) {
            return row.getString(column - 1);
        }

        @Override
        public int int4(int column) {
            return row.getInteger(column - 1);
        }

        @Override
        public Integer int4OrNull(int column) {
            return row.getInteger(column - 1);
        }

        @Override
        public long int8(int column) {
            return row.getLong(column - 1);
        }

        @Override
        public boolean bool(int column) {
            return row.getBoolean(column - 1);
        }

        @Override
        public Instant instant(int column) {
            OffsetDateTime t = row.getOffsetDateTime(column - 1);
            return t == null ? null : t.toInstant();
        }
    }
}
