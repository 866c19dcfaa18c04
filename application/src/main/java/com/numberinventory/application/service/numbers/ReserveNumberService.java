package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.ReserveNumberUseCase;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Optional;

/** Holds a number for a workspace for a while, or lets the hold go. */
public record ReserveNumberService(NumberChanges changes, IdSource ids) implements ReserveNumberUseCase {

    @Override
    public PhoneNumber reserve(ReserveNumberCommand command) {
        return changes.apply(command.numberId(), (number, now) -> Optional.of(number.reserve(command.workspaceId(),
                now.plusSeconds(command.ttlSeconds()), ids, now)));
    }

    @Override
    public PhoneNumber cancelReservation(NumberId numberId, Optional<WorkspaceId> workspace) {
        return changes.apply(numberId, (number, now) -> Optional.of(number.cancelReservation(workspace, ids, now)));
    }
}
