package com.numberinventory.adapters.persistence.providers;

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
    public UUID providerId;
    public String campaignId;
    public String status;
    public String brandId;
    public String mnoIds;
    public String numberPoolSubId;
    public Integer statusCode;
    public String description;
    public Instant eventDate;
    public Instant createdAt;
    public Instant updatedAt;
}
