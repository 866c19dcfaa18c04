package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.TransferNumberUseCase;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.IdSource;

import java.util.Optional;

/**
 * Transfers numbers between workspaces under the number's row lock, so a concurrent release or provision of the
 * same number either commits first (and the transfer sees its result) or waits for the transfer.
 */
public record TransferNumberService(SeriesCatalog catalog, NumberChanges changes, IdSource ids)
        implements TransferNumberUseCase {

    @Override
    public PhoneNumber transfer(TransferNumberCommand command) {
        return changes.apply(command.numberId(), NumberChanges.visibleTo(command.actingFor(),
                (number, now) -> Optional.of(number.transfer(command.to(), command.from(),
                        catalog.seriesOf(number), ids, now))));
    }
}
