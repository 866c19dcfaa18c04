package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk insert of new numbers through JDBC: one {@code INSERT ... SELECT FROM unnest(...)} per chunk, skipping
 * E.164s a live number already holds. An ORM insert per row would be far slower for a 100,000-number import.
 */
@ApplicationScoped
public class NumberInserts {

    private static final int INSERT_CHUNK = 10_000;

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
        String sql = "INSERT INTO numbers (id, e164, country_code, capabilities, status, series_id, provider_id, "
                + "event_sequence, number_type, created_at, updated_at) "
                + "SELECT t.id, t.e164, t.cc, t.caps, t.status, t.series, t.provider, t.seq, t.type, ?, ? "
                + "FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::text[], ?::uuid[], ?::uuid[], ?::bigint[], "
                + "?::text[]) AS t(id, e164, cc, caps, status, series, provider, seq, type) "
                + "ON CONFLICT (e164) WHERE status <> 'retired' DO NOTHING RETURNING id";
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
