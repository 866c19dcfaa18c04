package com.numberinventory.adapters.webhooks.telnyx;

import com.fasterxml.jackson.databind.JsonNode;
import com.numberinventory.adapters.webhooks.BadDelivery;
import com.numberinventory.adapters.webhooks.DeliveryTranslator;
import com.numberinventory.adapters.webhooks.Translation;
import com.numberinventory.adapters.webhooks.WebhookReception;
import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Telnyx events into inventory commands: {@code number_order.complete} acquires each phone number whose status is
 * {@code success} (pending while {@code requirements_met} is false); other statuses and event types are recorded.
 */
@ApplicationScoped
public class TelnyxTranslator implements DeliveryTranslator {

    static final String ORDER_COMPLETE = "number_order.complete";

    @Override
    public ProviderKind kind() {
        return ProviderKind.TELNYX;
    }

    @Override
    public Translation translate(JsonNode body, byte[] rawBody, String path, Map<String, String> headers) {
        JsonNode data = WebhookReception.object(body, "data");
        String id = WebhookReception.text(data, "id");
        String type = WebhookReception.text(data, "event_type");
        if (!ORDER_COMPLETE.equals(type)) {
            return new Translation(id, type, List.of(new ProviderCommand.Skip(type,
                    "Telnyx event type " + type + " is not handled by the inventory")));
        }
        JsonNode payload = data.get("payload");
        JsonNode phoneNumbers = payload == null ? null : payload.get("phone_numbers");
        if (phoneNumbers == null || !phoneNumbers.isArray()) {
            throw new BadDelivery("field data.payload.phone_numbers is required and must be an array");
        }
        JsonNode ref = payload.get("customer_reference");
        Optional<String> reference = ref != null && ref.isTextual() && !ref.asText().isBlank()
                ? Optional.of(ref.asText().strip()) : Optional.empty();
        List<ProviderCommand> commands = new ArrayList<>();
        for (JsonNode n : phoneNumbers) {
            String raw = n.path("phone_number").asText("");
            String status = n.path("status").asText("");
            Optional<E164> e164 = E164.tryParse(raw);
            if (e164.isEmpty()) {
                commands.add(new ProviderCommand.Skip(raw, "phone_number " + raw + " is not a valid E.164 number"));
            } else if (!"success".equals(status)) {
                commands.add(new ProviderCommand.Skip(raw, "order status " + status + "; not added"));
            } else {
                boolean pending = !n.path("requirements_met").asBoolean(true);
                commands.add(new ProviderCommand.AcquireNumber(e164.get(), Optional.empty(), pending,
                        new ProviderCommand.SeriesChoice.ByReference(reference)));
            }
        }
        return new Translation(id, type, commands);
    }
}
