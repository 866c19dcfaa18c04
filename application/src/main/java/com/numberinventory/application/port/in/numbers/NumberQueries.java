package com.numberinventory.application.port.in.numbers;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;

import java.util.concurrent.CompletionStage;

/** Reads numbers and their history. */
public interface NumberQueries {

    PhoneNumber get(NumberId id);

    /** The number with its open rental and messaging state, or {@code numbers.not_found}. */
    NumberDetails details(NumberId id);

    /**
     * The live number holding an E.164, or {@code numbers.not_found}; completes when the row arrives, without
     * holding the caller's thread meanwhile.
     */
    CompletionStage<NumberDetails> lookup(E164 e164);

    /** A page of the numbers the filter selects; completes when the rows arrive, as {@link #lookup}. */
    CompletionStage<Page<NumberDetails>> search(NumberFilter filter, PageRequest page);

    Page<StoredEvent> events(NumberId id, PageRequest page);
}
