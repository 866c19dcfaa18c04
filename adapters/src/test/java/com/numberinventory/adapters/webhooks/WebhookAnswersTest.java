package com.numberinventory.adapters.webhooks;

import com.numberinventory.application.port.in.webhooks.ReceiveProviderDeliveryUseCase;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookAnswersTest {

    @Test
    void a_delivery_recorded_as_failed_asks_the_provider_to_retry_with_503() {
        Response r = WebhookAnswers.receipt(new ReceiveProviderDeliveryUseCase.Outcome(UUID.randomUUID(),
                ProviderDelivery.Status.FAILED, false, "failed to apply: connection lost"), "r-1");
        assertEquals(503, r.getStatus());
        assertEquals("5", r.getHeaderString("Retry-After"));
        assertEquals("application/problem+json", r.getMediaType().toString());
        assertTrue(((String) r.getEntity()).contains("\"code\":\"service_unavailable\""));
    }
}
