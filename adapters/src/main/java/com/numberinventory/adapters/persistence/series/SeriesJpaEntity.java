package com.numberinventory.adapters.persistence.series;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code series}. */
@Entity
@Table(name = "series")
public class SeriesJpaEntity {
    @Id
    public UUID id;
    public UUID providerId;
    public String name;
    public String countryCode;
    public int capabilities;
    public Long priceAmountMinor;
    public String priceCurrency;
    public String externalRef;
    public long quarantinePeriodSeconds;
    public String status;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
