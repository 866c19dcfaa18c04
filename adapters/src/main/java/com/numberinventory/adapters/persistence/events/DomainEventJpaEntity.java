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
    public String kind;
    public UUID numberId;
    public UUID seriesId;
    public UUID workspaceId;
    public Long sequence;
    public Instant occurredAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "json")
    public String envelope;
}
