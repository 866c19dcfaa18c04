package com.numberinventory.application.port.in.numbers;

import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.domain.number.PhoneNumber;
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

    /** The most numbers one bulk provision claims. */
    int MAX_QUANTITY = 1_000;

    /**
     * Claims {@code quantity} numbers matching the criteria in one transaction. Without {@code partial} it is all
     * or nothing ({@code numbers.none_available} when fewer match); with it, as many as are free (at least one).
     */
    record ProvisionManyCommand(ProvisionAnyNumberCommand each, int quantity, boolean partial) {
        public ProvisionManyCommand {
            Objects.requireNonNull(each, "each");
            if (quantity < 1 || quantity > MAX_QUANTITY) {
                throw com.numberinventory.domain.shared.DomainException.invalidField("quantity",
                        "must be between 1 and " + MAX_QUANTITY);
            }
        }
    }

    /** The numbers claimed, in the order they were picked, and how many were asked for. */
    record ProvisionedNumbers(java.util.List<PhoneNumber> numbers, int requested) {
        public ProvisionedNumbers {
            numbers = java.util.List.copyOf(numbers);
        }
    }

    ProvisionedNumbers provisionMany(ProvisionManyCommand command);
}
