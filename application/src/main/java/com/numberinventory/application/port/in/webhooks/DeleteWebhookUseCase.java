package com.numberinventory.application.port.in.webhooks;

import java.util.UUID;

/** Remove a subscription and its deliveries. */
public interface DeleteWebhookUseCase {

    void delete(UUID id);
}
