package com.numberinventory.adapters.persistence.providers;

import com.numberinventory.adapters.persistence.shared.KeysetQuery;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.numberinventory.application.port.out.providers.ProviderDeliveries;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandResult;
import com.numberinventory.application.port.out.shared.CurrentActor;
import com.numberinventory.application.port.in.numbers.ActorRef;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The inbound provider delivery log in PostgreSQL; deduplicated by a unique index on provider and key. */
@ApplicationScoped
public class JpaProviderDeliveries implements ProviderDeliveries {

    @Inject
    ProviderEventRows rows;

    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> RESULTS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    /** Who causes what is written: the provider of the delivery being received, an operator replaying it. */
    private final CurrentActor actors;

    @Inject
    public JpaProviderDeliveries(ObjectMapper mapper, CurrentActor actors) {
        this.mapper = mapper;
        this.actors = actors;
    }

    @Override
    public boolean insertIfNew(ProviderDelivery d) {
        return insert(d, "ON CONFLICT (provider_id, dedupe_key) DO NOTHING") == 1;
    }

    private int insert(ProviderDelivery d, String conflict) {
        CurrentActor.Actor actor = actors.current();
        return rows.getEntityManager().createNativeQuery("INSERT INTO provider_events (id, provider_id, provider_kind, "
                        + "dedupe_key, event_type, raw_body, headers, path, status, reason, results, duplicate_count, "
                        + "attempts, received_at, processed_at, actor_type, actor_id) VALUES (?1, ?2, ?3, ?4, "
                        + "CAST(?5 AS text), ?6, ?7, ?8, ?9, CAST(?10 AS text), ?11, 0, 1, ?12, CAST(?13 AS timestamptz), "
                        + "?14, ?15) " + conflict)
                .setParameter(1, d.id()).setParameter(2, d.providerId().value())
                .setParameter(3, d.kind().wireName()).setParameter(4, d.dedupeKey())
                .setParameter(5, d.eventType()).setParameter(6, d.rawBody())
                .setParameter(7, json(d.headers())).setParameter(8, d.path())
                .setParameter(9, d.status().wireName()).setParameter(10, d.reason())
                .setParameter(11, json(results(d.results())))
                .setParameter(12, utc(d.receivedAt())).setParameter(13, utc(d.processedAt()))
                .setParameter(14, actor.type()).setParameter(15, actor.id())
                .executeUpdate();
    }

    @Override
    public Optional<ProviderDelivery> findByKeyForUpdate(ProviderId providerId, String dedupeKey) {
        return rows.find("providerId = ?1 and dedupeKey = ?2", providerId.value(), dedupeKey)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().map(this::toDomain);
    }

    @Override
    public Optional<ProviderDelivery> findDelivery(UUID id) {
        return rows.findByIdOptional(id).map(this::toDomain);
    }

    @Override
    public Optional<ProviderDelivery> findDeliveryForUpdate(UUID id) {
        return rows.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(this::toDomain);
    }

    @Override
    public void countDuplicate(UUID id) {
        rows.getEntityManager().createNativeQuery(
                        "UPDATE provider_events SET duplicate_count = duplicate_count + 1 WHERE id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    @Override
    public void finish(UUID id, ProviderDelivery.Status status, String reason, List<CommandResult> results,
                       Instant at, boolean retry) {
        CurrentActor.Actor actor = actors.current();
        rows.getEntityManager().createNativeQuery("UPDATE provider_events SET status = ?1, reason = CAST(?2 AS text), results = ?3, "
                        + "processed_at = ?4, attempts = attempts + ?5, actor_type = ?7, actor_id = ?8 WHERE id = ?6")
                .setParameter(1, status.wireName()).setParameter(2, reason).setParameter(3, json(results(results)))
                .setParameter(4, utc(at)).setParameter(5, retry ? 1 : 0).setParameter(6, id)
                .setParameter(7, actor.type()).setParameter(8, actor.id()).executeUpdate();
    }

    @Override
    public void recordFailure(ProviderDelivery d, String reason, Instant at) {
        ProviderDelivery failed = new ProviderDelivery(d.id(), d.providerId(), d.kind(), d.dedupeKey(),
                d.eventType(), d.rawBody(), d.headers(), d.path(), ProviderDelivery.Status.FAILED, reason,
                List.of(), 0, 1, d.receivedAt(), at);
        if (insertIfNew(failed)) {
            return;
        }
        CurrentActor.Actor actor = actors.current();
        rows.getEntityManager().createNativeQuery("UPDATE provider_events SET status = 'failed', reason = ?1, "
                        + "processed_at = ?2, attempts = attempts + 1, actor_type = ?5, actor_id = ?6 "
                        + "WHERE provider_id = ?3 AND dedupe_key = ?4 AND status IN ('failed', 'received')")
                .setParameter(1, reason).setParameter(2, utc(at)).setParameter(3, d.providerId().value())
                .setParameter(4, d.dedupeKey()).setParameter(5, actor.type()).setParameter(6, actor.id())
                .executeUpdate();
    }

    @Override
    public Page<ProviderDelivery> list(Optional<ProviderId> providerId, Optional<ProviderDelivery.Status> status,
                                       PageRequest page) {
        List<ProviderEventJpaEntity> found = new KeysetQuery()
                .andIfPresent("providerId = :provider", "provider", providerId.map(ProviderId::value))
                .andIfPresent("status = :status", "status", status.map(ProviderDelivery.Status::wireName))
                .page(rows, page);
        return Page.of(found, page.limit(), e -> e.id).map(this::toDomain);
    }

    private ProviderDelivery toDomain(ProviderEventJpaEntity e) {
        try {
            Map<String, String> headers = mapper.readValue(e.headers, HEADERS);
            List<CommandResult> results = mapper.readValue(e.results, RESULTS).stream()
                    .map(m -> new CommandResult(m.get("subject"),
                            ProviderDelivery.CommandOutcome.fromWire(m.get("outcome")), m.get("detail"))).toList();
            return new ProviderDelivery(e.id, new ProviderId(e.providerId),
                    ProviderKind.fromWire(e.providerKind).orElseThrow(), e.dedupeKey, e.eventType, e.rawBody,
                    headers, e.path, ProviderDelivery.Status.fromWire(e.status).orElseThrow(), e.reason, results,
                    e.duplicateCount, e.attempts, e.receivedAt, e.processedAt,
                    e.actorType == null || e.actorId == null ? null : new ActorRef(e.actorType, e.actorId));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("provider event " + e.id + " has unreadable JSON columns", ex);
        }
    }

    private static List<Map<String, String>> results(List<CommandResult> results) {
        return results.stream().map(r -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("subject", r.subject());
            m.put("outcome", r.outcome().wireName());
            m.put("detail", r.detail());
            return m;
        }).toList();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON", ex);
        }
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
