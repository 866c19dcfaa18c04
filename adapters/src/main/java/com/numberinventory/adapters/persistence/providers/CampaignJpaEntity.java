package com.numberinventory.adapters.persistence.providers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code campaigns}. */
@Entity
@Table(name = "campaigns")
public class CampaignJpaEntity {
    @Id
    public UUID id;
    @Column(name = "provider_id", nullable = false)
    public UUID providerId;
    @Column(name = "campaign_id", nullable = false)
    public String campaignId;
    @Column(nullable = false)
    public String status;
    @Column(name = "brand_id")
    public String brandId;
    @Column(name = "mno_ids", nullable = false)
    public String mnoIds;
    @Column(name = "number_pool_sub_id")
    public String numberPoolSubId;
    @Column(name = "status_code")
    public Integer statusCode;
    public String description;
    @Column(name = "event_date")
    public Instant eventDate;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
