package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandResult;
import com.numberinventory.application.service.campaigns.CampaignService;
import com.numberinventory.application.service.campaigns.LineMessagingService;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.DomainException;

import com.numberinventory.application.service.orders.OrderSettlement;

import java.time.Instant;
import java.util.Optional;

/**
 * Hands each command of a provider delivery to the service of its area. A command the rules refuse is recorded
 * as ignored with the refusal; the delivery goes on with its other commands.
 */
public record ProviderCommands(ProviderNumberService numbers, CampaignService campaigns, LineMessagingService lines,
                               OrderSettlement orders) {

    public CommandResult apply(ProviderId providerId, ProviderCommand command, Instant now) {
        try {
            return switch (command) {
                case ProviderCommand.Skip skip -> CommandResult.ignored(skip.subject(), skip.reason());
                case ProviderCommand.AcquireNumber acquire -> acquire.pending()
                        ? numbers.acquire(providerId, acquire, now)
                        : orders.settleFromProvider(providerId, acquire.e164(), true, Optional.empty(),
                                Optional.empty(), now)
                        .map(d -> CommandResult.applied(acquire.subject(), d))
                        .orElseGet(() -> numbers.acquire(providerId, acquire, now));
                case ProviderCommand.ReleaseAndRetire release -> numbers.releaseAndRetire(providerId, release, now);
                case ProviderCommand.UpdateCampaign update -> campaigns.update(providerId, update, now);
                case ProviderCommand.ChangeLineMessaging line -> lineChange(providerId, line, now);
                case ProviderCommand.DetachCampaignLines detach -> lines.detachAll(detach, now);
            };
        } catch (DomainException e) {
            return CommandResult.ignored(command.subject(), e.getMessage());
        }
    }

    /**
     * A Zipwhip provisioning result settles the open order that provisions the line (200 completes it, a documented
     * failure fails it with Zipwhip's status code), then changes the line's messaging state.
     */
    private CommandResult lineChange(ProviderId providerId, ProviderCommand.ChangeLineMessaging line, Instant now) {
        Optional<String> settled = switch (line.change()) {
            case ATTACH -> orders.settleFromProvider(providerId, line.e164(), true, Optional.empty(),
                    Optional.empty(), now);
            case FAIL -> orders.settleFromProvider(providerId, line.e164(), false,
                    Optional.of(String.valueOf(line.statusCode())), line.description(), now);
            case DETACH -> Optional.empty();
        };
        CommandResult result;
        try {
            result = lines.change(line, now);
        } catch (DomainException e) {
            if (settled.isEmpty()) {
                throw e;
            }
            result = CommandResult.ignored(line.subject(), e.getMessage());
        }
        CommandResult lineResult = result;
        return settled.map(d -> CommandResult.applied(line.subject(), d + "; " + lineResult.detail()))
                .orElse(lineResult);
    }
}
