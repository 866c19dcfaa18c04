package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.adapters.persistence.shared.KeysetQuery;
import com.numberinventory.application.port.in.rentals.RentalFilter;
import com.numberinventory.application.port.out.numbers.Rentals;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
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
        List<RentalJpaEntity> found = new KeysetQuery()
                .andIfPresent("workspaceId = :workspace", "workspace", filter.workspaceId().map(w -> w.value()))
                .andIfPresent("numberId = :number", "number", filter.numberId().map(n -> n.value()))
                .andIfPresent("startedAt <= :activeAt and (endedAt is null or endedAt > :activeAt)", "activeAt",
                        filter.activeAt())
                .andIfPresent("startedAt < :to", "to", filter.to())
                .andIfPresent("(endedAt is null or endedAt > :from)", "from", filter.from())
                .page(rows, page);
        return Page.of(found, page.limit(), e -> e.id).map(NumberMapper::rentalToDomain);
    }
}
