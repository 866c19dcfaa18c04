package com.numberinventory.adapters.persistence.numbers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code number_messaging}. */
@Entity
@Table(name = "number_messaging")
public class NumberMessagingJpaEntity {
    @Id
    @Column(name = "number_id")
    public UUID numberId;
    @Column(name = "campaign_id")
    public String campaignId;
    @Column(nullable = false)
    public String status;
    @Column(name = "status_code")
    public Integer statusCode;
    public String description;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
