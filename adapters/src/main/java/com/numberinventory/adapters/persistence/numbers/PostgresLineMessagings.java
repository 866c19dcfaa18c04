package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.application.port.out.numbers.LineMessagings;
import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.NumberId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads per-number messaging state in PostgreSQL. */
@ApplicationScoped
public class PostgresLineMessagings implements LineMessagings {

    @Inject
    MessagingRows rows;

    @Override
    public Optional<LineMessaging> find(NumberId numberId) {
        return rows.findByIdOptional(numberId.value()).map(PostgresLineMessagings::toDomain);
    }

    @Override
    public Map<NumberId, LineMessaging> findAll(Collection<NumberId> numberIds) {
        if (numberIds.isEmpty()) {
            return Map.of();
        }
        Map<NumberId, LineMessaging> out = new HashMap<>();
        for (NumberMessagingJpaEntity e : rows.list("numberId in ?1",
                numberIds.stream().map(NumberId::value).toList())) {
            out.put(new NumberId(e.numberId), toDomain(e));
        }
        return out;
    }

    @Override
    public List<NumberId> onCampaign(String campaignId) {
        return rows.find("campaignId = ?1", campaignId).list().stream().map(e -> new NumberId(e.numberId)).toList();
    }

    static LineMessaging toDomain(NumberMessagingJpaEntity e) {
        return new LineMessaging(new NumberId(e.numberId), e.campaignId,
                LineMessaging.Status.valueOf(e.status.toUpperCase(Locale.ROOT)), e.statusCode, e.description,
                e.updatedAt);
    }
}
