package com.numberinventory.adapters.persistence;

import com.numberinventory.application.port.out.Rentals;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.rental.Rental;
import com.numberinventory.domain.rental.RentalId;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
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

    @Override
    public void update(Rental rental) {
        RentalJpaEntity e = findById(rental.id().value());
        NumberMapper.copyRental(rental, e);
    }

    @Override
    public Optional<Rental> findById(RentalId id) {
        return findByIdOptional(id.value()).map(NumberMapper::rentalToDomain);
    }

    @Override
    public Page<Rental> search(Filter filter, PageRequest page) {
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
        List<RentalJpaEntity> rows = find(q.toString(), Sort.by("id"), params).range(0, page.limit()).list();
        return Page.of(rows, page.limit(), e -> e.id).map(NumberMapper::rentalToDomain);
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
