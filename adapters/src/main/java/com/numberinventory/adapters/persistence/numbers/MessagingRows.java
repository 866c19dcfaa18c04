package com.numberinventory.adapters.persistence.numbers;

import com.numberinventory.domain.number.LineMessaging;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Panache access to the {@code number_messaging} rows. */
@ApplicationScoped
public class MessagingRows implements PanacheRepositoryBase<NumberMessagingJpaEntity, UUID> {

    /** Writes a number's messaging state, creating its row on first use. */
    void write(LineMessaging m) {
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
}
