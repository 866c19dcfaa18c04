package com.numberinventory.application.port.out.numbers;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.application.port.in.numbers.NumberFilter;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The read side of the numbers: each read is one statement that brings the number, its open rental and its
 * messaging state together, needs no transaction and changes nothing. The routing backend's lookup and the search
 * complete when their rows arrive, without holding the caller's thread while the database works.
 */
public interface NumberReads {

    Optional<NumberDetails> byId(NumberId id);

    /** The live (non-retired) number holding that E.164. */
    CompletionStage<Optional<NumberDetails>> byE164(E164 e164);

    CompletionStage<Page<NumberDetails>> search(NumberFilter filter, PageRequest page);
}
