package com.numberinventory.adapters.persistence.numbers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code numbers}; {@code version} gives optimistic locking on every update. */
@Entity
@Table(name = "numbers")
public class NumberJpaEntity {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String e164;
    @Column(name = "country_code", nullable = false)
    public String countryCode;
    @Column(nullable = false)
    public int capabilities;
    @Column(nullable = false)
    public String status;
    @Column(name = "series_id", nullable = false)
    public UUID seriesId;
    @Column(name = "provider_id", nullable = false)
    public UUID providerId;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "reserved_by")
    public UUID reservedBy;
    @Column(name = "reserved_until")
    public Instant reservedUntil;
    @Column(name = "previous_workspace_id")
    public UUID previousWorkspaceId;
    @Column(name = "quarantine_until")
    public Instant quarantineUntil;
    @Column(nullable = false)
    public boolean suspended;
    /** libphonenumber's type of the E.164; null only on rows the start-up backfill has not reached yet. */
    @Column(name = "number_type")
    public String numberType;
    @Column(name = "event_sequence", nullable = false)
    public long eventSequence;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
