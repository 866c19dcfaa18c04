package com.numberinventory.adapters.persistence.shared;

import com.numberinventory.application.shared.PageRequest;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC on the connection of the caller's transaction, for the repositories that need no ORM: the statement,
 * binding and row-reading scaffolding they share. A repository holds one {@code Jdbc.on(em)}; each call runs on
 * the connection of the transaction open at that moment.
 */
public final class Jdbc {

    /** Work on the transaction's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    public interface Parameters {
        /** For a statement without parameters. */
        Parameters NONE = ps -> {
        };

        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Binds a batched statement's parameters for one item, given its index in the batch. */
    @FunctionalInterface
    public interface ItemParameters<T> {
        void bind(PreparedStatement ps, T item, int index) throws SQLException;
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** One condition of a WHERE clause and the values of its parameters, in order. */
    public record Condition(String sql, Object... values) {
    }

    private final EntityManager em;

    private Jdbc(EntityManager em) {
        this.em = em;
    }

    public static Jdbc on(EntityManager em) {
        return new Jdbc(em);
    }

    public <T> T work(Work<T> work) {
        return work(em, work);
    }

    public static <T> T work(EntityManager em, Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    /** Runs one INSERT, UPDATE or DELETE; the count of rows it touched. */
    public int update(String sql, Parameters parameters) {
        return work(c -> update(c, sql, parameters));
    }

    public static int update(Connection c, String sql, Parameters parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            parameters.bind(ps);
            return ps.executeUpdate();
        }
    }

    /** Runs one statement as a batch, once per item, in order. */
    public static <T> void batch(Connection c, String sql, Iterable<T> items, ItemParameters<T> parameters)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int index = 0;
            for (T item : items) {
                parameters.bind(ps, item, index++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Runs one INSERT, UPDATE or DELETE with the given values in order, a null as an untyped SQL NULL. */
    public int execute(String sql, Object... values) {
        return update(sql, ps -> {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, values[i]);
                }
            }
        });
    }

    /** Every row a query returns, read in order. */
    public <T> List<T> query(String sql, Parameters parameters, Row<T> row) {
        return work(c -> query(c, sql, parameters, row));
    }

    public static <T> List<T> query(Connection c, String sql, Parameters parameters, Row<T> row)
            throws SQLException {
        return select(c, sql, parameters, rs -> {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        });
    }

    /** The first row a query returns, if any. */
    public <T> Optional<T> first(String sql, Parameters parameters, Row<T> row) {
        return work(c -> first(c, sql, parameters, row));
    }

    public static <T> Optional<T> first(Connection c, String sql, Parameters parameters, Row<T> row)
            throws SQLException {
        return select(c, sql, parameters, rs -> rs.next() ? Optional.of(row.read(rs)) : Optional.<T>empty());
    }

    /** Reads a whole result. */
    private interface Result<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T select(Connection c, String sql, Parameters parameters, Result<T> result)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            parameters.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return result.read(rs);
            }
        }
    }

    /**
     * One keyset page of {@code select} (a {@code SELECT ... FROM ...} without WHERE): the rows that meet the
     * conditions and come after the page's cursor, in id order, one more than the limit so the caller's
     * {@code Page.of} can tell whether another page follows.
     */
    public <T> List<T> page(String select, List<Condition> conditions, PageRequest page, Row<T> row) {
        List<Condition> where = new ArrayList<>(conditions);
        page.after().ifPresent(after -> where.add(new Condition("id > ?", after)));
        List<String> clauses = where.stream().map(Condition::sql).toList();
        String sql = select + (clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses))
                + " ORDER BY id LIMIT ?";
        return query(sql, ps -> {
            int i = 1;
            for (Condition condition : where) {
                for (Object value : condition.values()) {
                    ps.setObject(i++, value);
                }
            }
            ps.setInt(i, page.limit() + 1);
        }, row);
    }

    /** Binds an optional text, SQL NULL when absent. */
    public static void text(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    /** An instant as {@code timestamptz} in UTC. */
    public static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    /** A nullable {@code timestamptz} column as an optional instant. */
    public static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
