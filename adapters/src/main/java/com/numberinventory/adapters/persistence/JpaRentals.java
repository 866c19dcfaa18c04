package com.numberinventory.adapters.persistence;

import com.numberinventory.application.port.out.Rentals;
import com.numberinventory.domain.rental.Rental;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rental ledger in PostgreSQL. */
@ApplicationScoped
public class JpaRentals implements Rentals, PanacheRepositoryBase<RentalJpaEntity, UUID> {

    @Override
    public void insert(Rental rental) {
        RentalJpaEntity e = new RentalJpaEntity();
        NumberMapper.copyRental(rental, e);
        persist(e);
    }

    @Override
    public void end(Rental ended) {
        RentalJpaEntity e = findById(ended.id().value());
        NumberMapper.copyRental(ended, e);
    }

    Optional<RentalJpaEntity> openOf(UUID numberId) {
        return find("numberId = ?1 and endedAt is null", numberId).firstResultOptional();
    }

    Map<UUID, RentalJpaEntity> openOf(Collection<UUID> numberIds) {
        if (numberIds.isEmpty()) {
            return Map.of();
        }
        List<RentalJpaEntity> rows = list("numberId in ?1 and endedAt is null", numberIds);
        return rows.stream().collect(Collectors.toMap(r -> r.numberId, Function.identity()));
    }
}
