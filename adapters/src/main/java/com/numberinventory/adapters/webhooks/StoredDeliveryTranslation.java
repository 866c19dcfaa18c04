package com.numberinventory.adapters.webhooks;

import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import com.numberinventory.application.port.out.providers.DeliveryTranslation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** A replay reads the stored raw body through the same provider translator that read it on receipt. */
@ApplicationScoped
public class StoredDeliveryTranslation implements DeliveryTranslation {

    @Inject
    WebhookReception reception;

    @Override
    public List<ProviderCommand> commandsOf(ProviderDelivery delivery) {
        byte[] raw = delivery.rawBody();
        return reception.translator(delivery.kind())
                .translate(reception.parse(raw), raw, delivery.path(), delivery.headers())
                .commands();
    }
}
