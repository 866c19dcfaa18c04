package com.numberinventory.adapters.persistence.series;

import jakarta.persistence.Column;
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
    @Column(name = "provider_id", nullable = false)
    public UUID providerId;
    @Column(nullable = false)
    public String name;
    @Column(name = "country_code", nullable = false)
    public String countryCode;
    @Column(nullable = false)
    public int capabilities;
    @Column(name = "price_amount_minor")
    public Long priceAmountMinor;
    @Column(name = "price_currency")
    public String priceCurrency;
    @Column(name = "external_ref")
    public String externalRef;
    @Column(name = "quarantine_period_seconds", nullable = false)
    public long quarantinePeriodSeconds;
    @Column(nullable = false)
    public String status;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
