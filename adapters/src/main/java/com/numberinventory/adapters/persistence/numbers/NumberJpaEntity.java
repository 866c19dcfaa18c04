package com.numberinventory.adapters.persistence.numbers;

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
    public String e164;
    public String countryCode;
    public int capabilities;
    public String status;
    public UUID seriesId;
    public UUID providerId;
    public UUID workspaceId;
    public UUID reservedBy;
    public Instant reservedUntil;
    public UUID previousWorkspaceId;
    public Instant quarantineUntil;
    public boolean suspended;
    /** libphonenumber's type of the E.164; null only on rows the start-up backfill has not reached yet. */
    public String numberType;
    public long eventSequence;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
