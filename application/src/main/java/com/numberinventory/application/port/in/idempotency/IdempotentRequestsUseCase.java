package com.numberinventory.application.port.in.idempotency;

import com.numberinventory.application.port.out.idempotency.IdempotencyRecords;

/**
 * {@code Idempotency-Key}: a retried request with the same key and body gets the first answer again instead of
 * running twice; the same key with another body, or while the first is still running, is refused.
 */
public interface IdempotentRequestsUseCase {

    int MAX_KEY_LENGTH = 255;

    /** What to do with a request that carries a key. */
    sealed interface Decision permits Proceed, Replay {
    }

    /** New key: run the request, then {@link #complete} or {@link #abandon}. */
    record Proceed() implements Decision {
    }

    /** Seen before with the same body: answer this again. */
    record Replay(StoredResponse response) implements Decision {
    }

    /** Throws {@code idempotency.conflict} or {@code idempotency.in_flight} when the request must not run. */
    Decision begin(String scope, String key, String fingerprint);

    void complete(String scope, String key, StoredResponse response);

    void abandon(String scope, String key);

    int purgeExpired();
}
