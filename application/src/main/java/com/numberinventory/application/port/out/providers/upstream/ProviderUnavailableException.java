package com.numberinventory.application.port.out.providers.upstream;

/**
 * The provider could not be reached or failed (timeout, refused connection, 5xx, circuit open). The call may have
 * acted at the provider: callers that change state there must be safe to repeat or reconcile.
 */
public class ProviderUnavailableException extends RuntimeException {

    /** Why: decides the answer's status (504 for a timeout, 503 for an open circuit, 502 otherwise). */
    public enum Reason { TIMEOUT, CIRCUIT_OPEN, BAD_GATEWAY }

    private final Reason reason;

    public ProviderUnavailableException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
