package com.numberinventory.application.port.in.numbers;

import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.domain.shared.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/** Claims any free number matching criteria for a workspace; concurrent callers never get the same number. */
public interface ProvisionAnyNumberUseCase {

    record ProvisionAnyNumberCommand(WorkspaceId workspaceId, ProvisionCriteria criteria,
                                     Optional<Integer> trialDays) {
        public ProvisionAnyNumberCommand {
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(criteria, "criteria");
            trialDays = ProvisionNumberUseCase.checkTrialDays(trialDays);
        }

        public ProvisionAnyNumberCommand(WorkspaceId workspaceId, ProvisionCriteria criteria) {
            this(workspaceId, criteria, Optional.empty());
        }
    }

    /** The number as provisioned, with its messaging state (read by the pick, so the answer needs no read). */
    NumberDetails provisionAny(ProvisionAnyNumberCommand command);
}
