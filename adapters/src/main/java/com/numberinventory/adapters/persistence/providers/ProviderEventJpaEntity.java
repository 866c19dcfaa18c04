package com.numberinventory.adapters.persistence.providers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code provider_events}: one inbound webhook delivery. */
@Entity
@Table(name = "provider_events")
public class ProviderEventJpaEntity {
    @Id
    public UUID id;
    @Column(name = "provider_id", nullable = false)
    public UUID providerId;
    @Column(name = "provider_kind", nullable = false)
    public String providerKind;
    @Column(name = "dedupe_key", nullable = false)
    public String dedupeKey;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "raw_body", nullable = false)
    public byte[] rawBody;
    @Column(nullable = false)
    public String headers;
    @Column(nullable = false)
    public String path;
    @Column(nullable = false)
    public String status;
    public String reason;
    @Column(nullable = false)
    public String results;
    @Column(name = "duplicate_count", nullable = false)
    public int duplicateCount;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "processed_at")
    public Instant processedAt;
    /** Who caused the outcome (V82); null on rows from before. */
    @Column(name = "actor_type")
    public String actorType;
    @Column(name = "actor_id")
    public String actorId;
}
