package com.numberinventory.application.port.in.webhooks;

import com.numberinventory.application.shared.Patch;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.util.List;
import java.util.UUID;

/** Change a subscription's url, event kinds or enabled flag. */
public interface UpdateWebhookUseCase {

    WebhookSubscription update(UpdateWebhookCommand command);

    record UpdateWebhookCommand(UUID id, Patch<String> url, Patch<List<String>> events, Patch<Boolean> enabled) {
    }
}
