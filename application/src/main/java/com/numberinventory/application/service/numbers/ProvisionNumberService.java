package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.ProvisionAnyNumberUseCase;
import com.numberinventory.application.port.in.numbers.ProvisionNumberUseCase;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.WorkspaceId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Provisions numbers: loads, decides and saves in one transaction, holding the number's row lock, so two
 * concurrent provisions of one number cannot both win (rule 5). "Any" picks and locks its number in one step.
 */
public record ProvisionNumberService(PhoneNumbers numbers, SeriesCatalog catalog, NumberChanges changes,
                                     Transactions transactions, Clock clock, IdSource ids)
        implements ProvisionNumberUseCase, ProvisionAnyNumberUseCase {

    @Override
    public PhoneNumber provision(ProvisionNumberCommand command) {
        return changes.apply(command.numberId(), NumberChanges.visibleTo(command.actingFor(),
                provisionTo(command.workspaceId(), command.trialDays())));
    }

    @Override
    public NumberDetails provisionAny(ProvisionAnyNumberCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            NumberDetails picked = numbers.lockAnyProvisionable(command.criteria(), now)
                    .orElseThrow(() -> new DomainException(ErrorCode.NONE_AVAILABLE,
                            "no available number matches the criteria"));
            // Provisioning leaves the messaging state as it is: the pick's read of it is the answer's.
            return new NumberDetails(changes.decideAndSave(picked.number(),
                    provisionTo(command.workspaceId(), command.trialDays())), picked.messaging());
        });
    }

    @Override
    public ProvisionedNumbers provisionMany(ProvisionManyCommand command) {
        ProvisionAnyNumberCommand each = command.each();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<PhoneNumber> picked = numbers.lockProvisionable(each.criteria(), now, command.quantity());
            if (picked.isEmpty() || (!command.partial() && picked.size() < command.quantity())) {
                // Rolling back lets the picked rows go again; nothing was written.
                throw new DomainException(ErrorCode.NONE_AVAILABLE, "only " + picked.size() + " of the "
                        + command.quantity() + " numbers asked for match the criteria and are available");
            }
            NumberChanges.Decision decision = provisionTo(each.workspaceId(), each.trialDays());
            List<PhoneNumber> provisioned = new ArrayList<>(picked.size());
            for (PhoneNumber number : picked) {
                provisioned.add(changes.decideAndSave(number, decision));
            }
            return new ProvisionedNumbers(provisioned, command.quantity());
        });
    }

    private NumberChanges.Decision provisionTo(WorkspaceId workspace, Optional<Integer> trialDays) {
        return (number, now) -> Optional.of(number.provision(workspace, catalog.seriesOf(number),
                trialDays.map(Duration::ofDays), ids, now));
    }
}
