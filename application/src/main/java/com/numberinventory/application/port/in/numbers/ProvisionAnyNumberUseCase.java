package com.numberinventory.application.port.in.numbers;

import com.numberinventory.application.port.out.PhoneNumbers;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Objects;

/** Claims any free number matching criteria for a workspace; concurrent callers never get the same number. */
public interface ProvisionAnyNumberUseCase {

    record ProvisionAnyNumberCommand(WorkspaceId workspaceId, PhoneNumbers.Criteria criteria) {
        public ProvisionAnyNumberCommand {
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(criteria, "criteria");
        }
    }

    PhoneNumber provisionAny(ProvisionAnyNumberCommand command);
}
