package com.numberinventory.bootstrap.wiring;

import com.numberinventory.application.port.out.Campaigns;
import com.numberinventory.application.port.out.EventLog;
import com.numberinventory.application.port.out.LineMessagings;
import com.numberinventory.application.port.out.PhoneNumbers;
import com.numberinventory.application.port.out.ProviderCredentials;
import com.numberinventory.application.port.out.ProviderDeliveries;
import com.numberinventory.application.port.out.Providers;
import com.numberinventory.application.port.out.Rentals;
import com.numberinventory.application.port.out.SeriesCatalog;
import com.numberinventory.application.port.out.Transactions;
import com.numberinventory.application.service.ProviderCredentialService;
import com.numberinventory.application.service.ProviderDeliveryService;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.shared.IdSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/** Wires the provider webhook services (issue 3): credentials and the inbound delivery log. */
public class ProviderWebhookWiring {

    @Produces
    @Singleton
    ProviderCredentialService providerCredentialService(Providers providers, ProviderCredentials credentials,
            Transactions tx, Clock clock,
            @ConfigProperty(name = "numbers.webhooks.credential-overlap", defaultValue = "PT24H") Duration overlap) {
        return new ProviderCredentialService(providers, credentials, tx, clock, overlap);
    }

    @Produces
    @Singleton
    ProviderDeliveryService providerDeliveryService(ProviderDeliveries deliveries, PhoneNumbers numbers,
            SeriesCatalog catalog, Rentals rentals, EventLog events, Transactions tx, Clock clock, IdSource ids,
            QuarantinePeriod defaultQuarantine, Campaigns campaigns, LineMessagings messagings) {
        return new ProviderDeliveryService(deliveries, numbers, catalog, rentals, events, tx, clock, ids,
                defaultQuarantine, campaigns, messagings);
    }
}
