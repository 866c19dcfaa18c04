package com.numberinventory.application.service.idempotency;

import com.numberinventory.application.port.in.idempotency.StoredResponse;

import com.numberinventory.application.port.in.idempotency.IdempotentRequestsUseCase;
import com.numberinventory.application.port.out.idempotency.IdempotencyRecords;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers each key's request fingerprint and answer for the retention window. A claim older than
 * {@code inFlightTimeout} whose request never completed (a crashed instance) may be taken over by a retry.
 */
public record IdempotencyService(IdempotencyRecords records, Transactions transactions, Clock clock, Duration retention,
                                 Duration inFlightTimeout) implements IdempotentRequestsUseCase {

    @Override
    public Decision begin(String scope, String key, String fingerprint) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw DomainException.invalidField("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        Instant now = clock.instant();
        Optional<IdempotencyRecords.Entry> existing =
                records.claim(scope, key, fingerprint, now, now.plus(retention));
        if (existing.isEmpty()) {
            return new Proceed();
        }
        IdempotencyRecords.Entry entry = existing.get();
        if (!entry.fingerprint().equals(fingerprint)) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_CONFLICT,
                    "Idempotency-Key '" + key + "' was used with a different request");
        }
        if (entry.response().isPresent()) {
            return new Replay(entry.response().get());
        }
        if (records.takeOverStale(scope, key, fingerprint, now.minus(inFlightTimeout), now)) {
            return new Proceed();
        }
        throw new DomainException(ErrorCode.IDEMPOTENCY_IN_FLIGHT,
                "a request with Idempotency-Key '" + key + "' is still being processed; retry shortly");
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        records.complete(scope, key, response);
    }

    @Override
    public void abandon(String scope, String key) {
        records.release(scope, key);
    }

    @Override
    public int purgeExpired() {
        return transactions.inTransaction(() -> records.purgeExpired(clock.instant(), 10_000));
    }
}
