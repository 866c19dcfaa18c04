package com.numberinventory.application.port.in.numbers;

import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.UpstreamDisconnect;

/**
 * Retiring a number and giving it back to its provider. The number is retired here first (as a plain retire), with
 * the disconnect recorded in the same transaction; the provider is called after that commit, never under the
 * number's row lock, and its failure leaves the number retired and the disconnect failed and retryable.
 */
public interface UpstreamDisconnectUseCase {

    /** Retires the number, then disconnects it upstream; answers the retired number. */
    PhoneNumber retireAndDisconnect(NumberId id, String reason);

    /** The number's disconnect; {@code numbers.disconnect_not_found} when none was asked for. */
    UpstreamDisconnect disconnectOf(NumberId id);

    /** Tries a pending or failed disconnect again; {@code numbers.disconnect_not_retryable} once done. */
    UpstreamDisconnect retry(NumberId id);
}
