package com.numberinventory.application.port.out.providers.upstream;

import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

/**
 * The provider could not be reached or failed (timeout, refused connection, 5xx, circuit open). The call may have
 * acted at the provider: callers that change state there must be safe to repeat or reconcile. A
 * {@link DomainException} with {@code provider.unavailable}: 504 for a timeout, 503 for an open circuit, 502
 * otherwise.
 */
public class ProviderUnavailableException extends DomainException {

    /** Why: decides the answer's status (504 for a timeout, 503 for an open circuit, 502 otherwise). */
    public enum Reason { TIMEOUT, CIRCUIT_OPEN, BAD_GATEWAY }

    private final Reason reason;

    public ProviderUnavailableException(Reason reason, String message) {
        super(switch (reason) {
            case TIMEOUT -> ErrorCode.PROVIDER_TIMEOUT;
            case CIRCUIT_OPEN -> ErrorCode.PROVIDER_CIRCUIT_OPEN;
            case BAD_GATEWAY -> ErrorCode.PROVIDER_UNAVAILABLE;
        }, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
