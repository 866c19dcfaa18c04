package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.application.port.in.rentals.RentalFilter;
import com.numberinventory.application.port.out.numbers.Rentals;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the rental ledger in PostgreSQL. */
@ApplicationScoped
public class PostgresRentals implements Rentals {

    @Inject
    RentalRows rows;

    @Override
    public Optional<Rental> findById(RentalId id) {
        return rows.findByIdOptional(id.value()).map(NumberMapper::rentalToDomain);
    }

    /**
     * The rows a read just brought are in the session, so within its transaction this costs no statement; the
     * others are read by id.
     */
    @Override
    public Map<RentalId, RecordedBy> recordedBy(Collection<RentalId> ids) {
        Map<RentalId, RecordedBy> out = new HashMap<>();
        for (RentalId id : ids) {
            RentalJpaEntity e = rows.findById(id.value());
            if (e != null) {
                out.put(id, RentalRows.recordedBy(e));
            }
        }
        return out;
    }

    @Override
    public Page<Rental> search(RentalFilter filter, PageRequest page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        filter.workspaceId().ifPresent(w -> {
            q.append(" and workspaceId = :workspace");
            params.put("workspace", w.value());
        });
        filter.numberId().ifPresent(n -> {
            q.append(" and numberId = :number");
            params.put("number", n.value());
        });
        filter.activeAt().ifPresent(t -> {
            q.append(" and startedAt <= :activeAt and (endedAt is null or endedAt > :activeAt)");
            params.put("activeAt", t);
        });
        filter.to().ifPresent(t -> {
            q.append(" and startedAt < :to");
            params.put("to", t);
        });
        filter.from().ifPresent(t -> {
            q.append(" and (endedAt is null or endedAt > :from)");
            params.put("from", t);
        });
        page.after().ifPresent(a -> {
            q.append(" and id > :after");
            params.put("after", a);
        });
        List<RentalJpaEntity> found = rows.find(q.toString(), Sort.by("id"), params).range(0, page.limit()).list();
        return Page.of(found, page.limit(), e -> e.id).map(NumberMapper::rentalToDomain);
    }
}
