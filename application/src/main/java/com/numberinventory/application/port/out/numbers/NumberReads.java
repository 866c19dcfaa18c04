package com.numberinventory.application.port.out.numbers;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.NumberFilter;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.NumberId;

import java.util.Optional;

/**
 * The read side of the numbers (the lookup by E.164 is {@link NumberLookups}): each read is one statement that brings the number, its open rental and its
 * messaging state together, needs no transaction and changes nothing.
 */
public interface NumberReads {

    Optional<NumberDetails> byId(NumberId id);

    Page<NumberDetails> search(NumberFilter filter, PageRequest page);
}
