package com.numberinventory.application.port.out.providers;

import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery;

import java.util.List;

/** Reads a stored delivery's raw body again, as its provider's webhook did on receipt, into inventory commands. */
@FunctionalInterface
public interface DeliveryTranslation {

    List<ProviderCommand> commandsOf(ProviderDelivery delivery);
}
