package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.application.port.out.numbers.Rentals;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Panache access to the {@code rentals} rows, written only as part of a number's save. */
@ApplicationScoped
public class RentalRows implements PanacheRepositoryBase<RentalJpaEntity, UUID> {

    @Inject
    CurrentActor actors;

    /** Opens a rental, recording who opened it: the actor of the unit of work saving the number. */
    void insert(Rental rental) {
        RentalJpaEntity e = new RentalJpaEntity();
        NumberMapper.copyRental(rental, e);
        CurrentActor.Actor by = actors.current();
        e.openedByType = by.type();
        e.openedById = by.id();
        persist(e);
    }

    void write(Rental rental) {
        NumberMapper.copyRental(rental, findById(rental.id().value()));
    }

    void end(RentalId id, Instant at, ReleaseReason reason) {
        RentalJpaEntity e = findById(id.value());
        if (e == null || e.endedAt != null) {
            throw new IllegalStateException("rental " + id + " is not open");
        }
        e.endedAt = at;
        e.releaseReason = reason.wireName();
        CurrentActor.Actor by = actors.current();
        e.closedByType = by.type();
        e.closedById = by.id();
    }

    /** Who opened and who closed a rental row; null parts on rows from before V82. */
    static Rentals.RecordedBy recordedBy(RentalJpaEntity e) {
        return new Rentals.RecordedBy(actor(e.openedByType, e.openedById), actor(e.closedByType, e.closedById));
    }

    private static CurrentActor.Actor actor(String type, String id) {
        return type == null || id == null ? null : new CurrentActor.Actor(type, id);
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
