package com.numberinventory.application.port.in.webhooks;

import com.numberinventory.domain.shared.WorkspaceId;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.util.List;
import java.util.Optional;

/** Subscribe an endpoint to domain events; the signing secret is handed out here, once. */
public interface CreateWebhookUseCase {

    WebhookWithSecret create(CreateWebhookCommand command);

    record CreateWebhookCommand(String url, List<String> events, Optional<String> description,
                                Optional<WorkspaceId> workspaceId) {
    }

    /** A subscription and its plain signing secret, returned only when the secret is made. */
    record WebhookWithSecret(WebhookSubscription subscription, String secret) {
    }
}
