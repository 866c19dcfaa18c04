package com.numberinventory.application.port.in.webhooks;

import java.util.UUID;

/** Re-applies a delivery recorded as failed, with the commands re-translated from its stored raw body. */
public interface ReplayProviderDeliveryUseCase {

    ReceiveProviderDeliveryUseCase.Outcome replay(UUID deliveryId);
}
