package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/**
 * Moves an assigned number from its holder to another workspace: the rental ends with release reason
 * {@code transferred} and the new one opens at the same instant at the series' current price, with no quarantine.
 */
public interface TransferNumberUseCase {

    /**
     * {@code from}, when given, must be the holder ({@code numbers.holder_mismatch}); {@code actingFor} is the
     * workspace of a workspace-bound caller, to which the number must be visible (checked under the row lock, else
     * {@code numbers.not_found}).
     */
    record TransferNumberCommand(NumberId numberId, WorkspaceId to, Optional<WorkspaceId> from,
                                 Optional<WorkspaceId> actingFor) {
        public TransferNumberCommand {
            Objects.requireNonNull(numberId, "numberId");
            Objects.requireNonNull(to, "to");
            from = from == null ? Optional.empty() : from;
            actingFor = actingFor == null ? Optional.empty() : actingFor;
        }
    }

    PhoneNumber transfer(TransferNumberCommand command);
}
