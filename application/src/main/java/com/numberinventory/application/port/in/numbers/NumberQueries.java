package com.numberinventory.application.port.in.numbers;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;

/** Reads numbers and their history. */
public interface NumberQueries {

    PhoneNumber get(NumberId id);

    /** The number with its open rental and messaging state, or {@code numbers.not_found}. */
    NumberDetails details(NumberId id);

    NumberDetails lookup(E164 e164);

    Page<NumberDetails> search(NumberFilter filter, PageRequest page);

    Page<StoredEvent> events(NumberId id, PageRequest page);
}
