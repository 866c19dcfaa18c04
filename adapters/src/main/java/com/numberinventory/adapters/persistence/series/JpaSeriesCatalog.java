package com.numberinventory.adapters.persistence.series;

import com.numberinventory.application.port.in.series.SeriesFilter;

import com.numberinventory.adapters.persistence.shared.KeysetQuery;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Series stored in PostgreSQL. */
@ApplicationScoped
public class JpaSeriesCatalog implements SeriesCatalog {

    @Inject
    SeriesRows rows;

    @Override
    public void insert(Series series) {
        rows.persist(SeriesMapper.copy(series, new SeriesJpaEntity()));
    }

    @Override
    public boolean insertIfNew(Series series) {
        SeriesJpaEntity e = SeriesMapper.copy(series, new SeriesJpaEntity());
        if (e.externalRef == null) {
            rows.persist(e);
            return true;
        }
        // ON CONFLICT on the partial unique index: a concurrent insert of the same reference makes this one wait
        // for it and then do nothing, where a plain INSERT would fail the whole transaction.
        int inserted = rows.getEntityManager().createNativeQuery("""
                INSERT INTO series (id, provider_id, name, country_code, capabilities, price_amount_minor,
                                    price_currency, external_ref, quarantine_period_seconds, status, created_at,
                                    updated_at, version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0)
                ON CONFLICT (provider_id, external_ref) WHERE external_ref IS NOT NULL DO NOTHING""")
                .setParameter(1, e.id)
                .setParameter(2, e.providerId)
                .setParameter(3, e.name)
                .setParameter(4, e.countryCode)
                .setParameter(5, e.capabilities)
                .setParameter(6, new TypedParameterValue<>(StandardBasicTypes.LONG, e.priceAmountMinor))
                .setParameter(7, new TypedParameterValue<>(StandardBasicTypes.STRING, e.priceCurrency))
                .setParameter(8, e.externalRef)
                .setParameter(9, e.quarantinePeriodSeconds)
                .setParameter(10, e.status)
                .setParameter(11, new TypedParameterValue<>(StandardBasicTypes.INSTANT, e.createdAt))
                .setParameter(12, new TypedParameterValue<>(StandardBasicTypes.INSTANT, e.updatedAt))
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public void update(Series series) {
        SeriesMapper.copy(series, rows.findById(series.id().value()));
    }

    @Override
    public Optional<Series> findById(SeriesId id) {
        return rows.findByIdOptional(id.value()).map(SeriesMapper::toDomain);
    }

    @Override
    public Optional<Series> findByExternalRef(ProviderId providerId, String externalRef) {
        return rows.find("providerId = ?1 and externalRef = ?2", providerId.value(), externalRef).firstResultOptional()
                .map(SeriesMapper::toDomain);
    }

    @Override
    public Optional<Series> findByIdForUpdate(SeriesId id) {
        return rows.findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(SeriesMapper::toDomain);
    }

    @Override
    public Page<Series> list(SeriesFilter filter, PageRequest page) {
        List<SeriesJpaEntity> found = new KeysetQuery()
                .andIfPresent("providerId = :provider", "provider", filter.providerId().map(ProviderId::value))
                .andIfPresent("countryCode = :country", "country", filter.country().map(c -> c.value()))
                .andIfPresent("status = :status", "status", filter.status().map(s -> s.wireName()))
                .page(rows, page);
        return Page.of(found, page.limit(), e -> e.id).map(SeriesMapper::toDomain);
    }

    @Override
    public boolean anyActiveOf(ProviderId providerId) {
        return rows.count("providerId = ?1 and status = 'active'", providerId.value()) > 0;
    }

    @Override
    public Map<NumberStatus, Long> countNumbersByStatus(SeriesId id) {
        Map<NumberStatus, Long> counts = new EnumMap<>(NumberStatus.class);
        for (NumberStatus s : NumberStatus.values()) {
            counts.put(s, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> counted = rows.getEntityManager()
                .createNativeQuery("SELECT status, count(*) FROM numbers WHERE series_id = ?1 GROUP BY status")
                .setParameter(1, id.value())
                .getResultList();
        for (Object[] row : new ArrayList<>(counted)) {
            NumberStatus.fromWire((String) row[0])
                    .ifPresent(s -> counts.put(s, ((Number) row[1]).longValue()));
        }
        return counts;
    }
}
