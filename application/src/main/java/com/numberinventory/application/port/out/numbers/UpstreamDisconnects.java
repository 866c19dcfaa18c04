package com.numberinventory.application.port.out.numbers;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.UpstreamDisconnect;

import java.time.Instant;
import java.util.Optional;

/** The record of each retired number's disconnect at its provider (one per number). */
public interface UpstreamDisconnects {

    /** Records a new request, in the caller's transaction (the one that retires the number). */
    void add(UpstreamDisconnect disconnect);

    Optional<UpstreamDisconnect> find(NumberId numberId);

    /**
     * Claims one attempt: counts it and marks the disconnect pending, unless it is done (or absent): then empty.
     * One statement, so concurrent retries do not lose a count.
     */
    Optional<UpstreamDisconnect> claimAttempt(NumberId numberId, Instant now);

    /**
     * The provider confirmed (by webhook) that it gave the number up: every pending disconnect of that E.164 is
     * done. Answers how many were.
     */
    int confirmPending(com.numberinventory.domain.number.E164 e164, Instant now);

    /** Writes an attempt's outcome. */
    void record(NumberId numberId, UpstreamDisconnect.Status status, Optional<String> providerCode,
                Optional<String> detail, Instant now);
}
