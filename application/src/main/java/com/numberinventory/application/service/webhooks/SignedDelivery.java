package com.numberinventory.application.service.webhooks;

import com.numberinventory.application.port.out.shared.SecretVault;
import com.numberinventory.application.port.out.webhooks.WebhookDeliveries;
import com.numberinventory.application.port.out.webhooks.WebhookSender;
import com.numberinventory.application.port.out.webhooks.WebhookUrlPolicy;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.webhook.WebhookSigner;
import com.numberinventory.domain.webhook.WebhookSubscription;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one claimed delivery, signed with every secret the subscription currently signs with. Runs outside any
 * transaction; a refused URL or a failed call becomes an outcome, never an exception.
 */
public record SignedDelivery(WebhookSender sender, WebhookUrlPolicy urlPolicy, SecretVault vault, Clock clock,
                             String userAgent) {

    public WebhookSender.Outcome send(WebhookDeliveries.Claimed c) {
        try {
            urlPolicy.check(c.url());
            return sender.send(c.url(), headers(c), c.envelope().getBytes(StandardCharsets.UTF_8));
        } catch (DomainException refused) {
            return new WebhookSender.Outcome(Optional.empty(), Optional.empty(),
                    Optional.of("url refused: " + refused.getMessage()));
        } catch (RuntimeException e) {
            return new WebhookSender.Outcome(Optional.empty(), Optional.empty(), Optional.of(e.toString()));
        }
    }

    private Map<String, String> headers(WebhookDeliveries.Claimed c) {
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        List<String> secrets = WebhookSubscription.signingSecrets(c.sealedSecret(), c.sealedPreviousSecret(),
                c.previousSecretUntil(), now).stream().map(vault::open).toList();
        byte[] body = c.envelope().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", c.eventId().toString());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSigner.header(secrets, c.eventId().toString(), timestamp, body));
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", userAgent);
        return headers;
    }
}
