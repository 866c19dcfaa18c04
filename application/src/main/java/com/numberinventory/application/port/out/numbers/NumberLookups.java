package com.numberinventory.application.port.out.numbers;

import com.numberinventory.application.port.in.numbers.NumberDetails;
import com.numberinventory.domain.number.E164;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The routing backend's read: which number holds an E.164, asked on every call. One statement that brings the
 * number, its open rental and its messaging state together, answered without holding a thread while the database
 * works (the caller's thread is free until the row arrives).
 */
public interface NumberLookups {

    /** The live (non-retired) number holding that E.164. */
    CompletionStage<Optional<NumberDetails>> byE164(E164 e164);
}
