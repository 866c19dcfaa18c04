package com.numberinventory.adapters.persistence.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code domain_events}; written in bulk by {@link JpaEventLog}, read through Panache. */
@Entity
@Table(name = "domain_events")
public class DomainEventJpaEntity {
    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long position;
    @Column(nullable = false)
    public String kind;
    @Column(name = "number_id")
    public UUID numberId;
    @Column(name = "series_id")
    public UUID seriesId;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column
    public Long sequence;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "json")
    public String envelope;
}
