package com.numberinventory.adapters.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.numberinventory.domain.provider.ProviderKind;

import java.util.Map;

/** Reads one provider's delivery into inventory commands; used on receipt and again on replay. */
public interface DeliveryTranslator {

    ProviderKind kind();

    /**
     * @param path    the delivery path below the provider's webhook URL (Zipwhip's event path), or empty
     * @param headers the headers kept with the delivery, names in lower case
     */
    Translation translate(JsonNode body, byte[] rawBody, String path, Map<String, String> headers);
}
