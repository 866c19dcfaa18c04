package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/** Holds an available number for one workspace for a while, or lets the hold go. */
public interface ReserveNumberUseCase {

    int DEFAULT_TTL_SECONDS = 900;
    int MAX_TTL_SECONDS = 86_400;

    record ReserveNumberCommand(NumberId numberId, WorkspaceId workspaceId, int ttlSeconds) {
        public ReserveNumberCommand {
            Objects.requireNonNull(numberId, "numberId");
            Objects.requireNonNull(workspaceId, "workspaceId");
            if (ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) {
                throw DomainException.invalidField("ttl_seconds", "must be between 1 and " + MAX_TTL_SECONDS);
            }
        }
    }

    PhoneNumber reserve(ReserveNumberCommand command);

    /** Cancels the reservation; {@code workspace}, when given, must be the reserving one. */
    PhoneNumber cancelReservation(NumberId numberId, Optional<WorkspaceId> workspace);
}
