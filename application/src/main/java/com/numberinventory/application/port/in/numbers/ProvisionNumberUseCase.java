package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.WorkspaceId;

import com.numberinventory.domain.shared.DomainException;

import java.util.Objects;
import java.util.Optional;

/** Claims a given number for a workspace and starts its rental. */
public interface ProvisionNumberUseCase {

    /** Trials last at most this many days. */
    int MAX_TRIAL_DAYS = 365;

    /**
     * {@code actingFor} is the workspace of a workspace-bound caller: the number must be visible to it (checked
     * under the row lock), else the answer is {@code numbers.not_found}. Empty for callers bound to no workspace.
     */
    record ProvisionNumberCommand(NumberId numberId, WorkspaceId workspaceId, Optional<Integer> trialDays,
                                  Optional<WorkspaceId> actingFor) {
        public ProvisionNumberCommand {
            Objects.requireNonNull(numberId, "numberId");
            Objects.requireNonNull(workspaceId, "workspaceId");
            trialDays = checkTrialDays(trialDays);
            actingFor = actingFor == null ? Optional.empty() : actingFor;
        }

        public ProvisionNumberCommand(NumberId numberId, WorkspaceId workspaceId, Optional<Integer> trialDays) {
            this(numberId, workspaceId, trialDays, Optional.empty());
        }

        public ProvisionNumberCommand(NumberId numberId, WorkspaceId workspaceId) {
            this(numberId, workspaceId, Optional.empty());
        }
    }

    static Optional<Integer> checkTrialDays(Optional<Integer> trialDays) {
        if (trialDays == null) {
            return Optional.empty();
        }
        trialDays.ifPresent(d -> {
            if (d < 1 || d > MAX_TRIAL_DAYS) {
                throw DomainException.invalidField("trial_days", "must be between 1 and " + MAX_TRIAL_DAYS);
            }
        });
        return trialDays;
    }

    PhoneNumber provision(ProvisionNumberCommand command);
}
