package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandResult;
import com.numberinventory.application.service.campaigns.CampaignService;
import com.numberinventory.application.service.campaigns.LineMessagingService;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.DomainException;

import java.time.Instant;

/**
 * Hands each command of a provider delivery to the service of its area. A command the rules refuse is recorded
 * as ignored with the refusal; the delivery goes on with its other commands.
 */
public record ProviderCommands(ProviderNumberService numbers, CampaignService campaigns, LineMessagingService lines) {

    public CommandResult apply(ProviderId providerId, ProviderCommand command, Instant now) {
        try {
            return switch (command) {
                case ProviderCommand.Skip skip -> CommandResult.ignored(skip.subject(), skip.reason());
                case ProviderCommand.AcquireNumber acquire -> numbers.acquire(providerId, acquire, now);
                case ProviderCommand.ReleaseAndRetire release -> numbers.releaseAndRetire(providerId, release, now);
                case ProviderCommand.UpdateCampaign update -> campaigns.update(providerId, update, now);
                case ProviderCommand.ChangeLineMessaging line -> lines.change(line, now);
                case ProviderCommand.DetachCampaignLines detach -> lines.detachAll(detach, now);
            };
        } catch (DomainException e) {
            return CommandResult.ignored(command.subject(), e.getMessage());
        }
    }
}
