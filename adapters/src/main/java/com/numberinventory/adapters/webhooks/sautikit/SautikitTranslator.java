package com.numberinventory.adapters.webhooks.sautikit;

import com.fasterxml.jackson.databind.JsonNode;
import com.numberinventory.adapters.webhooks.BadDelivery;
import com.numberinventory.adapters.webhooks.DeliveryTranslator;
import com.numberinventory.adapters.webhooks.Translation;
import com.numberinventory.adapters.webhooks.WebhookReception;
import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sautikit events into inventory commands: {@code number.provisioned} acquires the number into the series whose
 * external_ref is {@code data.series_id}; {@code number.released} ends any rental and retires the number.
 */
@ApplicationScoped
public class SautikitTranslator implements DeliveryTranslator {

    static final String IDEMPOTENCY_HEADER = "x-sautikit-idempotency-key";

    @Override
    public ProviderKind kind() {
        return ProviderKind.SAUTIKIT;
    }

    @Override
    public Translation translate(JsonNode body, byte[] rawBody, String path, Map<String, String> headers) {
        String kind = WebhookReception.text(body, "kind");
        JsonNode eventId = body.get("event_id");
        String key = eventId != null && eventId.isTextual() && !eventId.asText().isBlank() ? eventId.asText()
                : Optional.ofNullable(headers.get(IDEMPOTENCY_HEADER)).filter(s -> !s.isBlank())
                        .orElseThrow(() -> new BadDelivery("event_id is required (or an X-Sautikit-Idempotency-Key)"));
        ProviderCommand command = switch (kind) {
            case "number.provisioned" -> provisioned(WebhookReception.object(body, "data"));
            case "number.released" -> released(WebhookReception.object(body, "data"), key);
            case "number.assigned" -> new ProviderCommand.Skip(kind,
                    "number.assigned is the retired name of number.provisioned; it is not applied");
            default -> new ProviderCommand.Skip(kind, "event kind " + kind + " is not handled by the inventory");
        };
        return new Translation(key, kind, List.of(command));
    }

    private static ProviderCommand provisioned(JsonNode data) {
        String raw = WebhookReception.text(data, "e164");
        Optional<E164> e164 = E164.tryParse(raw);
        if (e164.isEmpty()) {
            return new ProviderCommand.Skip(raw, "data.e164 " + raw + " is not a valid E.164 number");
        }
        String seriesRef = WebhookReception.text(data, "series_id");
        Optional<Capabilities> capabilities = Optional.empty();
        JsonNode caps = data.get("capabilities");
        if (caps != null && caps.isArray()) {
            List<String> names = new ArrayList<>();
            caps.forEach(c -> names.add(c.asText()));
            try {
                capabilities = Optional.of(Capabilities.parse("data.capabilities", names));
            } catch (DomainException e) {
                return new ProviderCommand.Skip(raw, e.getMessage());
            }
        }
        return new ProviderCommand.AcquireNumber(e164.get(), capabilities, false,
                new ProviderCommand.SeriesChoice.ByExternalRef(seriesRef));
    }

    private static ProviderCommand released(JsonNode data, String eventId) {
        String raw = WebhookReception.text(data, "e164");
        Optional<E164> e164 = E164.tryParse(raw);
        if (e164.isEmpty()) {
            return new ProviderCommand.Skip(raw, "data.e164 " + raw + " is not a valid E.164 number");
        }
        JsonNode reason = data.get("release_reason");
        return new ProviderCommand.ReleaseAndRetire(e164.get(), "released by provider sautikit (release_reason "
                + (reason == null ? "unknown" : reason.asText()) + ", event " + eventId + ")");
    }
}
