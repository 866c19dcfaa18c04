package com.numberinventory.adapters.persistence;

import com.numberinventory.application.port.out.LineMessagings;
import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.NumberId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Per-number messaging state in PostgreSQL. */
@ApplicationScoped
public class JpaLineMessagings implements LineMessagings, PanacheRepositoryBase<NumberMessagingJpaEntity, UUID> {

    @Override
    public Optional<LineMessaging> find(NumberId numberId) {
        return findByIdOptional(numberId.value()).map(e -> new LineMessaging(new NumberId(e.numberId), e.campaignId,
                LineMessaging.Status.valueOf(e.status.toUpperCase(Locale.ROOT)), e.statusCode, e.description,
                e.updatedAt));
    }

    @Override
    public java.util.Map<NumberId, LineMessaging> findAll(java.util.Collection<NumberId> numberIds) {
        if (numberIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<NumberId, LineMessaging> out = new java.util.HashMap<>();
        for (NumberMessagingJpaEntity e : list("numberId in ?1", numberIds.stream().map(NumberId::value).toList())) {
            out.put(new NumberId(e.numberId), new LineMessaging(new NumberId(e.numberId), e.campaignId,
                    LineMessaging.Status.valueOf(e.status.toUpperCase(Locale.ROOT)), e.statusCode, e.description,
                    e.updatedAt));
        }
        return out;
    }

    @Override
    public void save(LineMessaging m) {
        NumberMessagingJpaEntity e = findByIdOptional(m.numberId().value()).orElse(null);
        boolean isNew = e == null;
        if (isNew) {
            e = new NumberMessagingJpaEntity();
            e.numberId = m.numberId().value();
        }
        e.campaignId = m.campaignId();
        e.status = m.status().wireName();
        e.statusCode = m.statusCode();
        e.description = m.description();
        e.updatedAt = m.updatedAt();
        if (isNew) {
            persist(e);
        }
    }

    @Override
    public List<NumberId> onCampaign(String campaignId) {
        return find("campaignId = ?1", campaignId).list().stream().map(e -> new NumberId(e.numberId)).toList();
    }
}
