package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/** Ends a workspace's rental of a number, with a reason. */
public interface ReleaseNumberUseCase {

    record ReleaseNumberCommand(NumberId numberId, ReleaseReason reason, Optional<WorkspaceId> holder) {
        public ReleaseNumberCommand {
            Objects.requireNonNull(numberId, "numberId");
            Objects.requireNonNull(reason, "reason");
            holder = holder == null ? Optional.empty() : holder;
        }
    }

    PhoneNumber release(ReleaseNumberCommand command);
}
