package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/** Ends a workspace's rental of a number, with a reason. */
public interface ReleaseNumberUseCase {

    /**
     * {@code holder}, when given, must be the renting workspace; {@code actingFor} is the workspace of a
     * workspace-bound caller, to which the number must be visible (checked under the row lock, else
     * {@code numbers.not_found}).
     */
    record ReleaseNumberCommand(NumberId numberId, ReleaseReason reason, Optional<WorkspaceId> holder,
                                Optional<WorkspaceId> actingFor) {
        public ReleaseNumberCommand {
            Objects.requireNonNull(numberId, "numberId");
            Objects.requireNonNull(reason, "reason");
            holder = holder == null ? Optional.empty() : holder;
            actingFor = actingFor == null ? Optional.empty() : actingFor;
        }

        public ReleaseNumberCommand(NumberId numberId, ReleaseReason reason, Optional<WorkspaceId> holder) {
            this(numberId, reason, holder, Optional.empty());
        }
    }

    PhoneNumber release(ReleaseNumberCommand command);
}
