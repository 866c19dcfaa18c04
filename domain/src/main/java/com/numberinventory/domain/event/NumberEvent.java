package com.numberinventory.domain.event;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;

/** An event about one number; {@link #sequence()} orders a number's events so stale updates can be dropped. */
public sealed interface NumberEvent extends DomainEvent permits NumberAdded, NumberProvisioned, NumberReleased, NumberRetired, NumberReserved,
        NumberReservationEnded, NumberQuarantineEnded, NumberRoutingChanged, NumberActivated, TrialConverted,
        NumberMessagingChanged, NumberTransferred {

    NumberId numberId();

    E164 e164();

    long sequence();
}
