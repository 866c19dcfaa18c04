package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.NumberFilter;
import com.numberinventory.application.port.out.numbers.NumberReads;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.NumberId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The number views in one statement each: the number row, its open rental and its messaging row joined, read
 * through plain JDBC on a connection in autocommit (no transaction, no ORM session, no dirty checking) and mapped
 * straight to the domain.
 */
@ApplicationScoped
public class JdbcNumberReads implements NumberReads {

    private static final String BY_ID = "SELECT " + NumberViewRows.COLUMNS + " FROM numbers n" + NumberViewRows.JOINS
            + " WHERE n.id = ?";

    @Inject
    DataSource dataSource;

    @Override
    public Optional<NumberDetails> byId(NumberId id) {
        return query(BY_ID, List.of(id.value())).stream().findFirst();
    }

    @Override
    public Page<NumberDetails> search(NumberFilter filter, PageRequest page) {
        NumberConditions where = NumberConditions.search(filter, page);
        // The page is chosen on numbers alone (the plan of the search's own SQL), then its rows are joined.
        String sql = "SELECT " + NumberViewRows.COLUMNS + " FROM (" + where.sql() + ") n" + NumberViewRows.JOINS
                + " ORDER BY n.id";
        NumberConditions.Positional positional = where.positional(sql);
        List<NumberDetails> found = query(positional.sql(), positional.values());
        return Page.of(found, page.limit(), d -> d.number().id().value());
    }

    private List<NumberDetails> query(String sql, List<?> values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                ps.setObject(i + 1, v instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : v);
            }
            List<NumberDetails> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                JdbcColumns columns = new JdbcColumns(rs);
                while (rs.next()) {
                    out.add(NumberViewRows.read(columns));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading numbers failed", e);
        }
    }

    /** The current row of a JDBC result as the view's columns. */
    private record JdbcColumns(ResultSet rs) implements NumberViewRows.Columns {
        @Override
        public UUID uuid(int column) {
            return get(() -> rs.getObject(column, UUID.class));
        }

        @Override
        public String text(int column) {
            return get(() -> rs.getString(column));
        }

        @Override
        public int int4(int column) {
            return get(() -> rs.getInt(column));
        }

        @Override
        public Integer int4OrNull(int column) {
            return get(() -> (Integer) rs.getObject(column));
        }

        @Override
        public long int8(int column) {
            return get(() -> rs.getLong(column));
        }

        @Override
        public boolean bool(int column) {
            return get(() -> rs.getBoolean(column));
        }

        @Override
        public Instant instant(int column) {
            OffsetDateTime t = get(() -> rs.getObject(column, OffsetDateTime.class));
            return t == null ? null : t.toInstant();
        }

        private interface Read<T> {
            T get() throws SQLException;
        }

        private static <T> T get(Read<T> read) {
            try {
                return read.get();
            } catch (SQLException e) {
                throw new IllegalStateException("reading numbers failed", e);
            }
        }
    }
}
