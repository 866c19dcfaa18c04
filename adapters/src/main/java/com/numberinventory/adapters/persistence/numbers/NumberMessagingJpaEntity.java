package com.numberinventory.adapters.persistence.numbers;

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
    public UUID numberId;
    public String campaignId;
    public String status;
    public Integer statusCode;
    public String description;
    public Instant updatedAt;
}
