package com.numberinventory.adapters.persistence.numbers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.numberinventory.adapters.persistence.events.EventEnvelopes;
import com.numberinventory.adapters.persistence.shared.Jdbc;
import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.domain.event.NumberAdded;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk insert of new numbers through JDBC, skipping E.164s a live number already holds. A small batch is one
 * {@code INSERT ... SELECT FROM unnest(...)} per chunk; a large one (an import) streams its rows by {@code COPY} into
 * a temporary table, moves them with one {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}, and streams the
 * {@code number.added} events of exactly the inserted rows by {@code COPY} into the event log. An ORM insert per row
 * would be far slower for a 100,000-number import.
 */
@ApplicationScoped
public class NumberInserts {

    private static final int INSERT_CHUNK = 10_000;

    /** Batches at least this large go through {@code COPY}; below, the fixed cost of the temporary table dominates. */
    static final int COPY_FROM = 1_000;

    private static final int COPY_BUFFER = 1 << 16;

    private static final String INSERT_COLUMNS = "INSERT INTO numbers (id, e164, country_code, capabilities, status, "
            + "series_id, provider_id, event_sequence, number_type, created_at, updated_at) ";

    private static final String ON_CONFLICT = " ON CONFLICT (e164) WHERE status <> 'retired' DO NOTHING RETURNING id";

    private final EventEnvelopes envelopes;

    private final CurrentActor actors;

    @Inject
    public NumberInserts(ObjectMapper mapper, CurrentActor actors) {
        this.envelopes = new EventEnvelopes(mapper);
        this.actors = actors;
    }

    /**
     * Inserts the numbers with their {@code number.added} events, skipping the numbers whose E.164 a non-retired
     * number already holds (and their events); returns the inserted. Only for batches of at least
     * {@link #COPY_FROM}.
     */
    Set<NumberId> copyNew(EntityManager em, Collection<PhoneNumber.Added> added) {
        CurrentActor.Actor actor = actors.current();
        Instant now = added.iterator().next().number().createdAt();
        return Jdbc.work(em, connection -> {
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TEMP TABLE import_numbers (id uuid, e164 text, country_code text, capabilities int, "
                        + "status text, series_id uuid, provider_id uuid, event_sequence bigint, number_type text) "
                        + "ON COMMIT DROP");
            }
            copy(pg, "COPY import_numbers FROM STDIN", rows -> {
                for (PhoneNumber.Added a : added) {
                    PhoneNumber p = a.number();
                    rows.plain(p.id().value().toString()).text(p.e164().value()).text(p.e164().country().value())
                            .plain(Integer.toString(p.capabilities().bits())).text(p.status().wireName())
                            .plain(p.seriesId().value().toString()).plain(p.providerId().value().toString())
                            .plain(Long.toString(p.eventSequence())).text(p.numberType().wireName()).endRow();
                }
            });
            Set<NumberId> inserted = new HashSet<>();
            try (PreparedStatement ps = connection.prepareStatement(INSERT_COLUMNS + "SELECT t.id, t.e164, "
                    + "t.country_code, t.capabilities, t.status, t.series_id, t.provider_id, t.event_sequence, "
                    + "t.number_type, ?, ? FROM import_numbers t" + ON_CONFLICT)) {
                Timestamp ts = Timestamp.from(now);
                ps.setTimestamp(1, ts);
                ps.setTimestamp(2, ts);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(new NumberId(rs.getObject(1, UUID.class)));
                    }
                }
            }
            try (Statement st = connection.createStatement()) {
                st.execute("DROP TABLE import_numbers");
            }
            if (!inserted.isEmpty()) {
                copyEvents(pg, added, inserted, actor);
            }
            return inserted;
        });
    }

    /** The events of the inserted numbers, with the columns and envelope the event log writes for any append. */
    private void copyEvents(PGConnection pg, Collection<PhoneNumber.Added> added, Set<NumberId> inserted,
                            CurrentActor.Actor actor) throws SQLException {
        copy(pg, "COPY domain_events (id, kind, number_id, series_id, workspace_id, sequence, occurred_at, envelope, "
                + "actor_type, actor_id) FROM STDIN", rows -> {
            for (PhoneNumber.Added a : added) {
                if (!inserted.contains(a.number().id())) {
                    continue;
                }
                NumberAdded e = a.event();
                rows.plain(e.eventId().toString()).text(e.kind()).plain(e.numberId().value().toString()).text(null)
                        .text(e.workspaceId().map(WorkspaceId::toString).orElse(null))
                        .plain(Long.toString(e.sequence())).text(EventEnvelopes.time(e.occurredAt()))
                        .text(envelopes.toJson(e, actor)).text(actor.type()).text(actor.id()).endRow();
            }
        });
    }

    /** Rows written in COPY's text format. */
    @FunctionalInterface
    private interface CopyRows {
        void write(CopyText rows) throws IOException;
    }

    /** Streams the rows through {@code COPY ... FROM STDIN}, cancelling the copy if writing them fails. */
    private static void copy(PGConnection pg, String sql, CopyRows rows) throws SQLException {
        PGCopyOutputStream out = new PGCopyOutputStream(pg, sql, COPY_BUFFER);
        try {
            CopyText text = new CopyText(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            rows.write(text);
            text.flush();
            out.endCopy();
        } catch (IOException | RuntimeException e) {
            if (out.isActive()) {
                out.cancelCopy();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** COPY's text format, gathered in a buffer of whole rows and handed to the stream a buffer at a time. */
    private static final class CopyText {

        private final Writer out;
        private final StringBuilder buffer = new StringBuilder(COPY_BUFFER + 1024);
        private boolean rowStarted;

        CopyText(Writer out) {
            this.out = out;
        }

        /** A value that holds no character COPY escapes (ids, numbers). */
        CopyText plain(String value) {
            separate();
            buffer.append(value);
            return this;
        }

        /** A text value: backslash, tab and line breaks escaped, null as {@code \N}. */
        CopyText text(String value) {
            separate();
            if (value == null) {
                buffer.append("\\N");
                return this;
            }
            int start = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                    buffer.append(value, start, i).append('\\')
                            .append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
                    start = i + 1;
                }
            }
            buffer.append(value, start, value.length());
            return this;
        }

        void endRow() throws IOException {
            buffer.append('\n');
            rowStarted = false;
            if (buffer.length() >= COPY_BUFFER) {
                flush();
            }
        }

        void flush() throws IOException {
            out.append(buffer);
            out.flush();
            buffer.setLength(0);
        }

        private void separate() {
            if (rowStarted) {
                buffer.append('\t');
            }
            rowStarted = true;
        }
    }

    /** Inserts the numbers, skipping those whose E.164 a non-retired number already holds; returns the inserted. */
    Set<NumberId> insertNew(EntityManager em, Collection<PhoneNumber> numbers) {
        List<PhoneNumber> all = new ArrayList<>(numbers);
        Set<NumberId> inserted = new HashSet<>();
        em.unwrap(Session.class).doWork(connection -> {
            for (int from = 0; from < all.size(); from += INSERT_CHUNK) {
                insertChunk(connection, all.subList(from, Math.min(all.size(), from + INSERT_CHUNK)), inserted);
            }
        });
        return inserted;
    }

    private static void insertChunk(Connection connection, List<PhoneNumber> chunk, Set<NumberId> inserted)
            throws SQLException {
        int n = chunk.size();
        UUID[] ids = new UUID[n];
        String[] e164 = new String[n];
        String[] countries = new String[n];
        Integer[] caps = new Integer[n];
        String[] statuses = new String[n];
        UUID[] series = new UUID[n];
        UUID[] providers = new UUID[n];
        Long[] sequences = new Long[n];
        String[] types = new String[n];
        for (int i = 0; i < n; i++) {
            PhoneNumber p = chunk.get(i);
            ids[i] = p.id().value();
            e164[i] = p.e164().value();
            countries[i] = p.e164().country().value();
            caps[i] = p.capabilities().bits();
            statuses[i] = p.status().wireName();
            series[i] = p.seriesId().value();
            providers[i] = p.providerId().value();
            sequences[i] = p.eventSequence();
            types[i] = p.numberType().wireName();
        }
        Instant now = chunk.get(0).createdAt();
        String sql = INSERT_COLUMNS
                + "SELECT t.id, t.e164, t.cc, t.caps, t.status, t.series, t.provider, t.seq, t.type, ?, ? "
                + "FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::text[], ?::uuid[], ?::uuid[], ?::bigint[], "
                + "?::text[]) AS t(id, e164, cc, caps, status, series, provider, seq, type)" + ON_CONFLICT;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Timestamp ts = Timestamp.from(now);
            ps.setTimestamp(1, ts);
            ps.setTimestamp(2, ts);
            Array[] arrays = {
                    connection.createArrayOf("uuid", ids), connection.createArrayOf("text", e164),
                    connection.createArrayOf("text", countries), connection.createArrayOf("int4", caps),
                    connection.createArrayOf("text", statuses), connection.createArrayOf("uuid", series),
                    connection.createArrayOf("uuid", providers), connection.createArrayOf("int8", sequences),
                    connection.createArrayOf("text", types)};
            for (int i = 0; i < arrays.length; i++) {
                ps.setArray(3 + i, arrays[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(new NumberId(rs.getObject(1, UUID.class)));
                }
            }
        }
    }
}
