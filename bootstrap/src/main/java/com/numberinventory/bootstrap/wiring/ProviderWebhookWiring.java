package com.numberinventory.bootstrap.wiring;

import com.numberinventory.bootstrap.config.NumbersConfig;
import com.numberinventory.application.port.out.providers.Campaigns;
import com.numberinventory.application.port.out.numbers.LineMessagings;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.providers.DeliveryTranslation;
import com.numberinventory.application.port.out.providers.ProviderCredentials;
import com.numberinventory.application.port.out.providers.ProviderDeliveries;
import com.numberinventory.application.port.out.providers.Providers;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.service.providers.ProviderCredentialService;
import com.numberinventory.application.service.campaigns.CampaignService;
import com.numberinventory.application.service.campaigns.LineMessagingService;
import com.numberinventory.application.service.numbers.ReleaseNumberService;
import com.numberinventory.application.service.providers.ProviderCommands;
import com.numberinventory.application.service.providers.ProviderEventQueryService;
import com.numberinventory.application.service.providers.ProviderNumberService;
import com.numberinventory.application.service.providers.ReceiveProviderDeliveryService;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.shared.IdSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** Wires the provider webhook services: credentials and the inbound delivery log. */
public class ProviderWebhookWiring {

    @Produces
    @Singleton
    ProviderCredentialService providerCredentialService(Providers providers, ProviderCredentials credentials,
            Transactions tx, Clock clock, NumbersConfig config,
            com.numberinventory.application.port.out.providers.upstream.ProviderAccounts accounts) {
        return new ProviderCredentialService(providers, credentials, tx, clock,
                config.webhooks().credentialOverlap(), accounts);
    }

    @Produces
    @Singleton
    CampaignService campaignService(Campaigns campaigns, IdSource ids) {
        return new CampaignService(campaigns, ids);
    }

    @Produces
    @Singleton
    LineMessagingService lineMessagingService(PhoneNumbers numbers, LineMessagings messagings, IdSource ids,
            com.numberinventory.application.port.out.numbers.UpstreamDisconnects disconnects) {
        return new LineMessagingService(numbers, messagings, ids, disconnects);
    }

    @Produces
    @Singleton
    ProviderNumberService providerNumberService(PhoneNumbers numbers, SeriesCatalog catalog,
                                                ReleaseNumberService release, IdSource ids,
                                                QuarantinePeriod defaultQuarantine) {
        return new ProviderNumberService(numbers, catalog, release, ids, defaultQuarantine);
    }

    @Produces
    @Singleton
    ProviderCommands providerCommands(ProviderNumberService numbers, CampaignService campaigns,
                                      LineMessagingService lines,
                                      com.numberinventory.application.service.orders.OrderSettlement orders) {
        return new ProviderCommands(numbers, campaigns, lines, orders);
    }

    @Produces
    @Singleton
    ReceiveProviderDeliveryService receiveProviderDeliveryService(ProviderDeliveries deliveries,
            ProviderCommands commands, DeliveryTranslation translation, Transactions tx, Clock clock,
            IdSource ids) {
        return new ReceiveProviderDeliveryService(deliveries, commands, translation, tx, clock, ids);
    }

    @Produces
    @Singleton
    ProviderEventQueryService providerEventQueryService(ProviderDeliveries deliveries) {
        return new ProviderEventQueryService(deliveries);
    }
}
