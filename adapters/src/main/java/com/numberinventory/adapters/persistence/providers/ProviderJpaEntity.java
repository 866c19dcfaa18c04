package com.numberinventory.adapters.persistence.providers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code providers}. */
@Entity
@Table(name = "providers")
public class ProviderJpaEntity {
    @Id
    public UUID id;
    public String name;
    public String kind;
    public String status;
    public Instant createdAt;
    @Version
    public long version;
}
