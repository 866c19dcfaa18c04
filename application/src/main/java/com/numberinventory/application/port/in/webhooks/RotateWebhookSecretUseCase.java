package com.numberinventory.application.port.in.webhooks;

import java.util.UUID;

/** Make a new signing secret; the old one keeps signing during the configured overlap. */
public interface RotateWebhookSecretUseCase {

    CreateWebhookUseCase.WebhookWithSecret rotate(UUID id);
}
