package com.numberinventory.domain.event;

import com.numberinventory.domain.order.OrderId;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A carrier order was created, completed (every number settled, at least one ordered) or failed (every number
 * refused). Counts are of its numbers at that moment.
 */
public record OrderEvent(UUID eventId, Instant occurredAt, String kind, OrderId orderId, ProviderId providerId,
                         SeriesId seriesId, Optional<WorkspaceId> workspaceId, String status, int completed,
                         int failed, int pending) implements DomainEvent {

    public static final String CREATED = "order.created";
    public static final String COMPLETED = "order.completed";
    public static final String FAILED = "order.failed";

    public OrderEvent {
        Objects.requireNonNull(kind, "kind");
        if (!kind.equals(CREATED) && !kind.equals(COMPLETED) && !kind.equals(FAILED)) {
            throw new IllegalArgumentException("not an order event kind: " + kind);
        }
        workspaceId = workspaceId == null ? Optional.empty() : workspaceId;
    }
}
