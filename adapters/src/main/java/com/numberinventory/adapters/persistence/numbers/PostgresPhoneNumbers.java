package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.ProvisionCriteria;
import com.numberinventory.application.port.out.numbers.EventLog;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.domain.event.NumberActivated;
import com.numberinventory.domain.event.NumberAdded;
import com.numberinventory.domain.event.NumberEvent;
import com.numberinventory.domain.event.NumberMessagingChanged;
import com.numberinventory.domain.event.NumberProvisioned;
import com.numberinventory.domain.event.NumberQuarantineEnded;
import com.numberinventory.domain.event.NumberReleased;
import com.numberinventory.domain.event.NumberReservationEnded;
import com.numberinventory.domain.event.NumberReserved;
import com.numberinventory.domain.event.NumberRetired;
import com.numberinventory.domain.event.NumberRoutingChanged;
import com.numberinventory.domain.event.TrialConverted;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.CountryCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import com.numberinventory.adapters.persistence.series.SeriesJpaEntity;
import org.hibernate.Session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Numbers stored in PostgreSQL. Plain lookups go through Panache ({@link NumberRows}); the hot paths (bulk import,
 * "provision any" with {@code SKIP LOCKED}, filtered search) are hand-written SQL with bind parameters only.
 */
@ApplicationScoped
public class PostgresPhoneNumbers implements PhoneNumbers {

    private static final String FREE = "n.status = 'available'";
    private static final String LAPSED = "((n.status = 'quarantined' AND n.quarantine_until <= :now) "
            + "OR (n.status = 'reserved' AND n.reserved_until <= :now))";

    @Inject
    NumberRows rows;
    @Inject
    RentalRows rentals;
    @Inject
    MessagingRows messagings;
    @Inject
    EventLog events;
    @Inject
    NumberInserts inserts;

    @Override
    public Optional<PhoneNumber> findById(NumberId id) {
        return rows.findByIdOptional(id.value()).map(this::withOpenRental);
    }

    /**
     * One statement locks the row and brings its open rental and its series into the session, so the decision
     * (which reads the series) and the save (which closes the rental) need no further reads.
     */
    @Override
    public PhoneNumber getForUpdate(NumberId id) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = session().createNativeQuery("SELECT {n.*}, {s.*}, {r.*} FROM numbers n "
                        + "JOIN series s ON s.id = n.series_id LEFT JOIN rentals r ON r.number_id = n.id "
                        + "AND r.ended_at IS NULL AND n.status = 'assigned' WHERE n.id = :id FOR UPDATE OF n")
                .addEntity("n", NumberJpaEntity.class)
                .addEntity("s", SeriesJpaEntity.class)
                .addEntity("r", RentalJpaEntity.class)
                .setParameter("id", id.value())
                .getResultList();
        if (found.isEmpty()) {
            throw NotFound.number(id);
        }
        NumberJpaEntity number = (NumberJpaEntity) found.get(0)[0];
        RentalJpaEntity open = (RentalJpaEntity) found.get(0)[2];
        if ("assigned".equals(number.status) && (open == null || !open.workspaceId.equals(number.workspaceId))) {
            // The lock waited for a concurrent provision or transfer: the row was re-read once it committed, the
            // joined rentals were not (they come from the statement's snapshot, where a transferred-away rental is
            // still open), so the rental that is open now is read now.
            open = rentals.openOf(number.id).orElse(null);
        }
        return NumberMapper.toDomain(number, open);
    }

    private Session session() {
        return rows.getEntityManager().unwrap(Session.class);
    }

    @Override
    public Optional<PhoneNumber> findByE164(E164 e164) {
        return rows.find("e164 = ?1 and status <> 'retired'", e164.value()).firstResultOptional()
                .map(this::withOpenRental);
    }

    @Override
    public Optional<PhoneNumber> findByE164ForUpdate(E164 e164) {
        return rows.find("e164 = ?1 and status <> 'retired'", e164.value())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().map(this::withOpenRental);
    }

    private PhoneNumber withOpenRental(NumberJpaEntity e) {
        RentalJpaEntity open = "assigned".equals(e.status) ? rentals.openOf(e.id).orElse(null) : null;
        return NumberMapper.toDomain(e, open);
    }

    @Override
    public Optional<NumberDetails> lockAnyProvisionable(ProvisionCriteria criteria, Instant now) {
        // First the plain available numbers (a partial index serves this); only when none is left, numbers whose
        // reservation or quarantine has lapsed but which the timer has not yet returned to available. Neither is
        // assigned, so the row alone makes the number.
        return lockOne(criteria, FREE, Optional.empty()).or(() -> lockOne(criteria, LAPSED, Optional.of(now)));
    }

    @Override
    public List<PhoneNumber> lockProvisionable(ProvisionCriteria criteria, Instant now, int limit) {
        List<PhoneNumber> picked = new ArrayList<>();
        lockSome(criteria, FREE, Optional.empty(), limit).forEach(d -> picked.add(d.number()));
        if (picked.size() < limit) {
            lockSome(criteria, LAPSED, Optional.of(now), limit - picked.size()).forEach(d -> picked.add(d.number()));
        }
        return picked;
    }

    /** Picks and locks one row, with its series for the decision and its messaging row for the answer. */
    private Optional<NumberDetails> lockOne(ProvisionCriteria criteria, String statusCondition,
                                            Optional<Instant> now) {
        return lockSome(criteria, statusCondition, now, 1).stream().findFirst();
    }

    /**
     * Picks and locks up to {@code limit} rows, skipping rows other transactions hold, bringing their series into
     * the session for the decision and their messaging rows for the answer (one statement).
     */
    private List<NumberDetails> lockSome(ProvisionCriteria criteria, String statusCondition, Optional<Instant> now,
                                         int limit) {
        NumberConditions where = new NumberConditions("SELECT {n.*}, {s.*}, {m.*} FROM numbers n "
                + "JOIN series s ON s.id = n.series_id LEFT JOIN number_messaging m ON m.number_id = n.id "
                + "WHERE s.status = 'active' AND s.price_amount_minor IS NOT NULL")
                .and(statusCondition)
                .uuid("n.series_id", "series", criteria.seriesId().map(SeriesId::value))
                .country(criteria.country())
                .capabilities(criteria.capabilities())
                .patterns(criteria.patterns())
                .numberType(criteria.numberType())
                .then("ORDER BY n.id LIMIT :limit FOR UPDATE OF n SKIP LOCKED");
        now.ifPresent(t -> where.param("now", t));
        where.param("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> found = where.bind(session().createNativeQuery(where.sql())
                .addEntity("n", NumberJpaEntity.class)
                .addEntity("s", SeriesJpaEntity.class)
                .addEntity("m", NumberMessagingJpaEntity.class)).getResultList();
        return found.stream().map(row -> new NumberDetails(
                NumberMapper.toDomain((NumberJpaEntity) row[0], null),
                row[2] == null ? null : PostgresLineMessagings.toDomain((NumberMessagingJpaEntity) row[2]))).toList();
    }

    @Override
    public void save(PhoneNumber number, List<? extends NumberEvent> changes) {
        NumberJpaEntity row = rows.findById(number.id().value());
        if (row == null) {
            throw new IllegalStateException("number " + number.id() + " is saved before it was added");
        }
        if (row.version != number.version()) {
            throw new OptimisticLockException("number " + number.id() + " changed meanwhile");
        }
        for (NumberEvent event : changes) {
            if (!event.numberId().equals(number.id())) {
                throw new IllegalArgumentException(event.kind() + " of " + event.numberId() + " saved with "
                        + number.id());
            }
            writeWhatItChanges(number, event);
        }
        NumberMapper.copy(number, row);
        events.append(changes);
    }

    /** The rows besides the number's own that an event opens, changes or closes. */
    private void writeWhatItChanges(PhoneNumber number, NumberEvent event) {
        switch (event) {
            case NumberProvisioned p -> rentals.insert(number.openRental().orElseThrow());
            case TrialConverted t -> rentals.write(number.openRental().orElseThrow());
            case NumberReleased r -> rentals.end(r.rentalId(), r.releasedAt(), r.releaseReason());
            case NumberMessagingChanged m -> messagings.write(m.messaging());
            case com.numberinventory.domain.event.NumberTransferred t -> {
                rentals.end(t.endedRentalId(), t.occurredAt(), ReleaseReason.TRANSFERRED);
                // The old rental must be closed in the database before the new one is inserted (one open rental
                // per number is a unique index, and a flush writes inserts before updates).
                rows.getEntityManager().flush();
                rentals.insert(number.openRental().orElseThrow());
            }

            case NumberAdded a -> throw new IllegalArgumentException("a new number is stored through add()");
            case NumberReserved r -> {
            }
            case NumberReservationEnded r -> {
            }
            case NumberQuarantineEnded q -> {
            }
            case NumberRoutingChanged r -> {
            }
            case NumberActivated a -> {
            }
            case NumberRetired r -> {
            }
        }
    }

    @Override
    public Set<NumberId> add(Collection<PhoneNumber.Added> added) {
        if (added.isEmpty()) {
            return Set.of();
        }
        rows.getEntityManager().flush();
        if (added.size() >= NumberInserts.COPY_FROM) {
            return inserts.copyNew(rows.getEntityManager(), added);
        }
        Set<NumberId> inserted = inserts.insertNew(rows.getEntityManager(),
                added.stream().map(PhoneNumber.Added::number).toList());
        events.append(added.stream().filter(a -> inserted.contains(a.number().id())).map(PhoneNumber.Added::event)
                .toList());
        return inserted;
    }

    @Override
    public List<PhoneNumber> lockDue(Due due, Instant now, int limit) {
        String sql = switch (due) {
            case RESERVATION_EXPIRY -> "SELECT n.* FROM numbers n WHERE n.status = 'reserved' "
                    + "AND n.reserved_until <= :now ORDER BY n.reserved_until LIMIT :limit FOR UPDATE SKIP LOCKED";
            case QUARANTINE_END -> "SELECT n.* FROM numbers n WHERE n.status = 'quarantined' "
                    + "AND n.quarantine_until <= :now ORDER BY n.quarantine_until LIMIT :limit FOR UPDATE SKIP LOCKED";
            case TRIAL_EXPIRY -> "SELECT n.* FROM numbers n JOIN rentals r ON r.number_id = n.id "
                    + "AND r.ended_at IS NULL AND r.converted_at IS NULL AND r.trial_ends_at IS NOT NULL "
                    + "WHERE n.status = 'assigned' AND r.trial_ends_at <= :now ORDER BY r.trial_ends_at "
                    + "LIMIT :limit FOR UPDATE OF n SKIP LOCKED";
        };
        @SuppressWarnings("unchecked")
        List<NumberJpaEntity> locked = rows.getEntityManager().createNativeQuery(sql, NumberJpaEntity.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        return withOpenRentals(locked);
    }

    private List<PhoneNumber> withOpenRentals(List<NumberJpaEntity> found) {
        Map<UUID, RentalJpaEntity> open = rentals.openOf(
                found.stream().filter(r -> "assigned".equals(r.status)).map(r -> r.id).toList());
        List<PhoneNumber> out = new ArrayList<>(found.size());
        for (NumberJpaEntity e : found) {
            out.add(NumberMapper.toDomain(e, open.get(e.id)));
        }
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshStatistics() {
        rows.getEntityManager().createNativeQuery("ANALYZE numbers").executeUpdate();
    }

    @Override
    public Map<NumberId, E164> e164Of(Collection<NumberId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getEntityManager()
                .createNativeQuery("SELECT n.id, n.e164, n.country_code FROM numbers n WHERE n.id = ANY(:ids)")
                .setParameter("ids", ids.stream().map(NumberId::value).distinct().toArray(UUID[]::new))
                .getResultList();
        Map<NumberId, E164> out = new HashMap<>();
        for (Object[] r : found) {
            out.put(new NumberId((UUID) r[0]), new E164((String) r[1], new CountryCode((String) r[2])));
        }
        return out;
    }
}
