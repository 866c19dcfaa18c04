package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Objects;

/** Claims a given number for a workspace and starts its rental. */
public interface ProvisionNumberUseCase {

    record ProvisionNumberCommand(NumberId numberId, WorkspaceId workspaceId) {
        public ProvisionNumberCommand {
            Objects.requireNonNull(numberId, "numberId");
            Objects.requireNonNull(workspaceId, "workspaceId");
        }
    }

    PhoneNumber provision(ProvisionNumberCommand command);
}
