package com.numberinventory.domain.event;

import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Something that happened in the inventory. Every state change produces one, written in the same
 * transaction as the change; the log of them is a number's history and the source of outbound delivery.
 */
public sealed interface DomainEvent permits NumberEvent, WorkspaceEvent, SeriesActivated,
        SeriesDeactivated, OrderEvent, JobEvent {

    UUID eventId();

    Instant occurredAt();

    /** The wire name, e.g. {@code number.provisioned}. */
    String kind();

    /** The workspace the event concerns, shown to that workspace's subscribers; none for inventory-wide events. */
    default Optional<WorkspaceId> workspaceId() {
        return Optional.empty();
    }
}
