package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;

/** Operator commands on one number: suspend and resume routing, retire, activate a pending number. */
public interface ChangeNumberStateUseCase {

    PhoneNumber suspend(NumberId id, String reason);

    PhoneNumber resume(NumberId id, String reason);

    /** Takes the number out of inventory for good; refused while it is assigned. */
    PhoneNumber retire(NumberId id, String reason);

    PhoneNumber activate(NumberId id);
}
