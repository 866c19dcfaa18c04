package com.numberinventory.application.port.in.idempotency;

/** The answer the first request with an {@code Idempotency-Key} got, replayed to its retries. */
public record StoredResponse(int status, String contentType, String body) {
}
