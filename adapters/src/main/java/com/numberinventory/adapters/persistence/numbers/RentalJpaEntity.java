package com.numberinventory.adapters.persistence.numbers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code rentals}, the billing ledger. */
@Entity
@Table(name = "rentals")
public class RentalJpaEntity {
    @Id
    public UUID id;
    public UUID numberId;
    public UUID workspaceId;
    public Instant startedAt;
    public long monthlyPriceMinor;
    public String monthlyPriceCurrency;
    public Instant trialEndsAt;
    public Instant convertedAt;
    public Instant endedAt;
    public String releaseReason;
    /** Who opened the rental (V82); null on rows from before. */
    public String openedByType;
    public String openedById;
    /** Who closed the rental (V82); null while open and on rows from before. */
    public String closedByType;
    public String closedById;
}
