package com.numberinventory.application.port.out.idempotency;

import com.numberinventory.application.port.in.idempotency.StoredResponse;

import java.time.Instant;
import java.util.Optional;

/**
 * What was answered to each {@code Idempotency-Key}. A key is claimed before its request runs (in its own,
 * immediately committed transaction) so that a concurrent duplicate sees it in flight.
 */
public interface IdempotencyRecords {

    /** A stored key: in flight until {@code response} is set. */
    record Entry(String scope, String key, String fingerprint, Instant createdAt, Optional<StoredResponse> response) {
    }

    /** Claims the key; empty when it was new (the caller proceeds), else the entry already there. */
    Optional<Entry> claim(String scope, String key, String fingerprint, Instant now, Instant expiresAt);

    /** Takes over an in-flight claim older than {@code staleBefore} (its request died); true when taken. */
    boolean takeOverStale(String scope, String key, String fingerprint, Instant staleBefore, Instant now);

    void complete(String scope, String key, StoredResponse response);

    /** Forgets a claim whose request failed unexpectedly, so a retry runs it again. */
    void release(String scope, String key);

    /** Deletes expired keys; returns how many. */
    int purgeExpired(Instant now, int limit);
}
