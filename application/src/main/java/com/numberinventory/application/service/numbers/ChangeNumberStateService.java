package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.ChangeNumberStateUseCase;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.IdSource;

import java.util.Optional;

/** The operator's commands on one number: suspend and resume routing, retire, activate a pending number. */
public record ChangeNumberStateService(NumberChanges changes, IdSource ids) implements ChangeNumberStateUseCase {

    @Override
    public PhoneNumber suspend(NumberId id, String reason) {
        return changes.apply(id, (number, now) -> number.changeRouting(true, reason, ids, now));
    }

    @Override
    public PhoneNumber resume(NumberId id, String reason) {
        return changes.apply(id, (number, now) -> number.changeRouting(false, reason, ids, now));
    }

    @Override
    public PhoneNumber retire(NumberId id, String reason) {
        return changes.apply(id, (number, now) -> Optional.of(number.retire(reason, ids, now)));
    }

    @Override
    public PhoneNumber activate(NumberId id) {
        return changes.apply(id, (number, now) -> Optional.of(number.activate(ids, now)));
    }
}
