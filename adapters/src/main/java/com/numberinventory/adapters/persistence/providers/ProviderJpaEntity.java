package com.numberinventory.adapters.persistence.providers;

import jakarta.persistence.Column;
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
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String status;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
}
