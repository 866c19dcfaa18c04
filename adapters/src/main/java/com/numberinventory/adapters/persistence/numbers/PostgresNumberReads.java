package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.adapters.persistence.shared.ReactiveDatabase;
import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.NumberFilter;
import com.numberinventory.application.port.out.numbers.NumberReads;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The number views in one statement each: the number row, its open rental and its messaging row joined, with no
 * transaction, no ORM session and no dirty checking, mapped straight to the domain by {@link NumberViewRows}. The
 * routing backend's lookup and the search are sent on the reactive client and complete on the caller's event loop
 * when their rows arrive; the read by id (called from commands' answers, on a worker thread) goes through JDBC on a
 * connection in autocommit.
 */
@ApplicationScoped
public class PostgresNumberReads implements NumberReads {

    private static final String BY_ID = "SELECT " + NumberViewRows.COLUMNS + " FROM numbers n" + NumberViewRows.JOINS
            + " WHERE n.id = ?";

    @Inject
    DataSource dataSource;
    @Inject
    ReactiveDatabase database;

    @Override
    public Optional<NumberDetails> byId(NumberId id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(BY_ID)) {
            ps.setObject(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(NumberViewRows.read(new JdbcColumns(rs))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a number failed", e);
        }
    }

    @Override
    public CompletionStage<Optional<NumberDetails>> byE164(E164 e164) {
        return rows(NumberViewRows.BY_E164, Tuple.of(e164.value())).thenApply(found -> found.stream().findFirst());
    }

    @Override
    public CompletionStage<Page<NumberDetails>> search(NumberFilter filter, PageRequest page) {
        NumberConditions where = NumberConditions.search(filter, page);
        // The page is chosen on numbers alone (the plan of the search's own SQL), then its rows are joined.
        String sql = "SELECT " + NumberViewRows.COLUMNS + " FROM (" + where.sql() + ") n" + NumberViewRows.JOINS
                + " ORDER BY n.id";
        NumberConditions.Positional numbered = where.numbered(sql);
        return rows(numbered.sql(), Tuple.from(numbered.values()))
                .thenApply(found -> Page.of(found, page.limit(), d -> d.number().id().value()));
    }

    private CompletionStage<List<NumberDetails>> rows(String sql, Tuple values) {
        return database.client().preparedQuery(sql).execute(values)
                .map(rows -> {
                    List<NumberDetails> out = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        out.add(NumberViewRows.read(new RowColumns(row)));
                    }
                    return out;
                })
                .recover(failure -> Future.failedFuture(ReactiveDatabase.failure(failure)))
                .toCompletionStage();
    }

    /** A reactive row as the view's columns (numbered from 1, as in JDBC). */
    private record RowColumns(Row row) implements NumberViewRows.Columns {
        @Override
        public <T> T get(int column, Class<T> type) {
            return row.get(type, column - 1);
        }
    }

    /** The current row of a JDBC result as the view's columns. */
    private record JdbcColumns(ResultSet rs) implements NumberViewRows.Columns {
        @Override
        public <T> T get(int column, Class<T> type) {
            try {
                return rs.getObject(column, type);
            } catch (SQLException e) {
                throw new IllegalStateException("reading a number failed", e);
            }
        }
    }
}
