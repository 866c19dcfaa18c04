package com.numberinventory.adapters.persistence.providers;

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
    public UUID providerId;
    public String providerKind;
    public String dedupeKey;
    public String eventType;
    public byte[] rawBody;
    public String headers;
    public String path;
    public String status;
    public String reason;
    public String results;
    public int duplicateCount;
    public int attempts;
    public Instant receivedAt;
    public Instant processedAt;
    /** Who caused the outcome (V82); null on rows from before. */
    public String actorType;
    public String actorId;
}
