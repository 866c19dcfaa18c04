package com.numberinventory.domain.event;

import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Optional;

/** An event about a number a workspace holds or held: the workspace is part of it. */
public sealed interface WorkspaceEvent extends DomainEvent permits NumberProvisioned, NumberReleased, NumberReserved,
        NumberReservationEnded, NumberRoutingChanged, TrialConverted {

    WorkspaceId workspace();

    @Override
    default Optional<WorkspaceId> workspaceId() {
        return Optional.of(workspace());
    }
}
