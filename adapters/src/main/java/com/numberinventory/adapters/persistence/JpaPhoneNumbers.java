package com.numberinventory.adapters.persistence;

import com.numberinventory.application.port.out.PhoneNumbers;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Numbers stored in PostgreSQL. Plain lookups go through Panache; the hot paths (bulk import, "provision any"
 * with {@code SKIP LOCKED}, filtered search) are hand-written SQL with bind parameters only.
 */
@ApplicationScoped
public class JpaPhoneNumbers implements PhoneNumbers, PanacheRepositoryBase<NumberJpaEntity, UUID> {

    private static final int INSERT_CHUNK = 10_000;

    private static final String COLUMNS = "n.id, n.e164, n.country_code, n.capabilities, n.status, n.series_id, "
            + "n.provider_id, n.workspace_id, n.reserved_by, n.reserved_until, n.previous_workspace_id, "
            + "n.quarantine_until, n.suspended, n.event_sequence, n.created_at, n.updated_at, n.version";

    @Inject
    JpaRentals rentals;

    @Override
    public Optional<PhoneNumber> findById(NumberId id) {
        return findByIdOptional(id.value()).map(this::withOpenRental);
    }

    @Override
    public Optional<PhoneNumber> findByIdForUpdate(NumberId id) {
        return findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(this::withOpenRental);
    }

    @Override
    public Optional<PhoneNumber> findByE164(E164 e164) {
        return find("e164 = ?1 and status <> 'retired'", e164.value()).firstResultOptional().map(this::withOpenRental);
    }

    private PhoneNumber withOpenRental(NumberJpaEntity e) {
        RentalJpaEntity open = "assigned".equals(e.status) ? rentals.openOf(e.id).orElse(null) : null;
        return NumberMapper.toDomain(e, open);
    }

    @Override
    public Optional<NumberId> lockAnyProvisionable(Criteria criteria, Instant now) {
        // First the plain available numbers (a partial index serves this); only when none is left, numbers whose
        // reservation or quarantine has lapsed but which the scheduler has not yet returned to available.
        Optional<NumberId> available = lockOne(criteria, "n.status = 'available'", now);
        if (available.isPresent()) {
            return available;
        }
        return lockOne(criteria, "((n.status = 'quarantined' AND n.quarantine_until <= :now) "
                + "OR (n.status = 'reserved' AND n.reserved_until <= :now))", now);
    }

    private Optional<NumberId> lockOne(Criteria criteria, String statusCondition, Instant now) {
        StringBuilder sql = new StringBuilder("SELECT n.id FROM numbers n JOIN series s ON s.id = n.series_id "
                + "WHERE s.status = 'active' AND s.price_amount_minor IS NOT NULL AND ").append(statusCondition);
        Map<String, Object> params = new LinkedHashMap<>();
        if (statusCondition.contains(":now")) {
            params.put("now", now);
        }
        criteria.seriesId().ifPresent(id -> {
            sql.append(" AND n.series_id = :series");
            params.put("series", id.value());
        });
        criteria.country().ifPresent(c -> {
            sql.append(" AND n.country_code = :country");
            params.put("country", c.value());
        });
        criteria.capabilities().ifPresent(c -> {
            sql.append(" AND (n.capabilities & :caps) = :caps");
            params.put("caps", c.bits());
        });
        appendPatterns(sql, params, criteria.patterns());
        sql.append(" ORDER BY n.id LIMIT 1 FOR UPDATE OF n SKIP LOCKED");
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<?> rows = query.getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new NumberId((UUID) rows.get(0)));
    }

    private static void appendPatterns(StringBuilder sql, Map<String, Object> params, DigitPatterns patterns) {
        patterns.startsWith().ifPresent(p -> {
            sql.append(" AND n.digits LIKE :prefix");
            params.put("prefix", p + "%");
        });
        patterns.contains().ifPresent(p -> {
            sql.append(" AND n.digits LIKE :infix");
            params.put("infix", "%" + p + "%");
        });
        patterns.endsWith().ifPresent(p -> {
            sql.append(" AND n.digits_reversed LIKE :suffix");
            params.put("suffix", new StringBuilder(p).reverse() + "%");
        });
    }

    @Override
    public Set<NumberId> insertNew(Collection<PhoneNumber> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        getEntityManager().flush();
        List<PhoneNumber> all = new ArrayList<>(numbers);
        Set<NumberId> inserted = new HashSet<>();
        Session session = getEntityManager().unwrap(Session.class);
        session.doWork(connection -> {
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
        }
        Instant now = chunk.get(0).createdAt();
        String sql = "INSERT INTO numbers (id, e164, country_code, capabilities, status, series_id, provider_id, "
                + "event_sequence, created_at, updated_at) "
                + "SELECT t.id, t.e164, t.cc, t.caps, t.status, t.series, t.provider, t.seq, ?, ? "
                + "FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::text[], ?::uuid[], ?::uuid[], ?::bigint[]) "
                + "AS t(id, e164, cc, caps, status, series, provider, seq) "
                + "ON CONFLICT (e164) WHERE status <> 'retired' DO NOTHING RETURNING id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Timestamp ts = Timestamp.from(now);
            ps.setTimestamp(1, ts);
            ps.setTimestamp(2, ts);
            Array[] arrays = {
                    connection.createArrayOf("uuid", ids), connection.createArrayOf("text", e164),
                    connection.createArrayOf("text", countries), connection.createArrayOf("int4", caps),
                    connection.createArrayOf("text", statuses), connection.createArrayOf("uuid", series),
                    connection.createArrayOf("uuid", providers), connection.createArrayOf("int8", sequences)};
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

    @Override
    public void update(PhoneNumber number) {
        NumberJpaEntity e = findById(number.id().value());
        if (e.version != number.version()) {
            throw new jakarta.persistence.OptimisticLockException("number " + number.id() + " changed meanwhile");
        }
        NumberMapper.copy(number, e);
    }

    @Override
    public List<NumberId> lockDue(Due due, Instant now, int limit) {
        String sql = switch (due) {
            case RESERVATION_EXPIRY -> "SELECT n.id FROM numbers n WHERE n.status = 'reserved' "
                    + "AND n.reserved_until <= :now ORDER BY n.reserved_until LIMIT :limit FOR UPDATE SKIP LOCKED";
            case QUARANTINE_END -> "SELECT n.id FROM numbers n WHERE n.status = 'quarantined' "
                    + "AND n.quarantine_until <= :now ORDER BY n.quarantine_until LIMIT :limit FOR UPDATE SKIP LOCKED";
            case TRIAL_EXPIRY -> "SELECT n.id FROM numbers n JOIN rentals r ON r.number_id = n.id "
                    + "AND r.ended_at IS NULL AND r.converted_at IS NULL AND r.trial_ends_at IS NOT NULL "
                    + "WHERE n.status = 'assigned' AND r.trial_ends_at <= :now ORDER BY r.trial_ends_at "
                    + "LIMIT :limit FOR UPDATE OF n SKIP LOCKED";
        };
        List<?> rows = getEntityManager().createNativeQuery(sql)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new NumberId((UUID) r)).toList();
    }

    @Override
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void refreshStatistics() {
        getEntityManager().createNativeQuery("ANALYZE numbers").executeUpdate();
    }

    @Override
    public Map<NumberId, E164> e164Of(Collection<NumberId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<NumberJpaEntity> rows = list("id in ?1", ids.stream().map(NumberId::value).distinct().toList());
        Map<NumberId, E164> out = new java.util.HashMap<>();
        for (NumberJpaEntity e : rows) {
            out.put(new NumberId(e.id), new E164(e.e164, new com.numberinventory.domain.shared.CountryCode(e.countryCode)));
        }
        return out;
    }

    @Override
    public Page<PhoneNumber> search(Filter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM numbers n WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        filter.status().ifPresent(s -> {
            sql.append(" AND n.status = :status");
            params.put("status", s.wireName());
        });
        filter.seriesId().ifPresent(id -> {
            sql.append(" AND n.series_id = :series");
            params.put("series", id.value());
        });
        filter.providerId().ifPresent(id -> {
            sql.append(" AND n.provider_id = :provider");
            params.put("provider", id.value());
        });
        filter.workspaceId().ifPresent(id -> {
            sql.append(" AND n.workspace_id = :workspace");
            params.put("workspace", id.value());
        });
        filter.country().ifPresent(c -> {
            sql.append(" AND n.country_code = :country");
            params.put("country", c.value());
        });
        filter.capabilities().ifPresent(c -> {
            sql.append(" AND (n.capabilities & :caps) = :caps");
            params.put("caps", c.bits());
        });
        appendPatterns(sql, params, filter.patterns());
        page.after().ifPresent(a -> {
            sql.append(" AND n.id > :after");
            params.put("after", a);
        });
        sql.append(" ORDER BY n.id LIMIT :limit");
        params.put("limit", page.limit() + 1);
        Query query = getEntityManager().createNativeQuery(sql.toString(), NumberJpaEntity.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<NumberJpaEntity> rows = query.getResultList();
        Map<UUID, RentalJpaEntity> open = rentals.openOf(
                rows.stream().filter(r -> "assigned".equals(r.status)).map(r -> r.id).toList());
        return Page.of(rows, page.limit(), e -> e.id).map(e -> NumberMapper.toDomain(e, open.get(e.id)));
    }
}
