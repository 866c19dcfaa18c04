package com.numberinventory.adapters.persistence.numbers;

import jakarta.persistence.Column;
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
    @Column(name = "number_id", nullable = false)
    public UUID numberId;
    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "monthly_price_minor", nullable = false)
    public long monthlyPriceMinor;
    @Column(name = "monthly_price_currency", nullable = false)
    public String monthlyPriceCurrency;
    @Column(name = "trial_ends_at")
    public Instant trialEndsAt;
    @Column(name = "converted_at")
    public Instant convertedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "release_reason")
    public String releaseReason;
    /** Who opened the rental (V82); null on rows from before. */
    @Column(name = "opened_by_type")
    public String openedByType;
    @Column(name = "opened_by_id")
    public String openedById;
    /** Who closed the rental (V82); null while open and on rows from before. */
    @Column(name = "closed_by_type")
    public String closedByType;
    @Column(name = "closed_by_id")
    public String closedById;
}
