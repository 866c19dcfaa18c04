package com.numberinventory.application.service.campaigns;

import com.numberinventory.application.port.out.numbers.UpstreamDisconnects;
import com.numberinventory.application.port.in.campaigns.NumberMessagingQueries;
import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandResult;
import com.numberinventory.application.port.out.numbers.LineMessagings;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A number's 10DLC messaging state: changed by the provider's line results (saved with the number and its
 * {@code number.messaging_changed} event), read with every number the API shows.
 */
public record LineMessagingService(PhoneNumbers numbers, LineMessagings messagings, IdSource ids,
                                   UpstreamDisconnects disconnects) implements NumberMessagingQueries {

    /** One line's provisioning result: attached to, failed on, or detached from a campaign. */
    public CommandResult change(ProviderCommand.ChangeLineMessaging c, Instant now) {
        Optional<PhoneNumber> found = numbers.findByE164ForUpdate(c.e164());
        if (found.isEmpty()) {
            // provision/delete 200 for a number retired with disconnect_upstream confirms its de-provisioning.
            if (c.change() == ProviderCommand.LineChange.DETACH && disconnects.confirmPending(c.e164(), now) > 0) {
                return CommandResult.applied(c.subject(), "upstream disconnect of " + c.e164() + " confirmed");
            }
            return CommandResult.ignored(c.subject(), "unknown number " + c.e164());
        }
        PhoneNumber number = found.get();
        LineMessaging current = messagingOf(number.id());
        String description = c.description().orElse(null);
        LineMessaging next = switch (c.change()) {
            case ATTACH -> new LineMessaging(number.id(), c.campaignId(), LineMessaging.Status.ACTIVE,
                    c.statusCode(), description, now);
            case FAIL -> new LineMessaging(number.id(), c.campaignId(), LineMessaging.Status.FAILED,
                    c.statusCode(), description, now);
            case DETACH -> {
                if (current.campaignId() != null && !current.campaignId().equals(c.campaignId())) {
                    throw new DomainException(ErrorCode.NOT_ASSIGNED, c.e164() + " is on campaign "
                            + current.campaignId() + ", not on " + c.campaignId());
                }
                yield new LineMessaging(number.id(), null, LineMessaging.Status.NONE, c.statusCode(), description,
                        now);
            }
        };
        numbers.save(number, List.of(number.messagingChanged(next, ids, now)));
        return CommandResult.applied(c.subject(), "messaging " + next.status().wireName()
                + (next.campaignId() == null ? "" : " on campaign " + next.campaignId()) + " (" + c.statusCode() + ")");
    }

    /** A campaign ended: every live line on it is detached. */
    public CommandResult detachAll(ProviderCommand.DetachCampaignLines c, Instant now) {
        int detached = 0;
        for (NumberId id : messagings.onCampaign(c.campaignId())) {
            PhoneNumber number = numbers.getForUpdate(id);
            if (number.state() instanceof NumberState.Retired) {
                continue;
            }
            LineMessaging none = new LineMessaging(id, null, LineMessaging.Status.NONE, c.statusCode(),
                    c.description().orElse(null), now);
            numbers.save(number, List.of(number.messagingChanged(none, ids, now)));
            detached++;
        }
        return CommandResult.applied(c.subject(), detached + " line(s) detached");
    }

    @Override
    public LineMessaging messagingOf(NumberId numberId) {
        return messagings.find(numberId).orElse(LineMessaging.none(numberId));
    }

    @Override
    public Map<NumberId, LineMessaging> messagingOf(Collection<NumberId> numberIds) {
        Map<NumberId, LineMessaging> found = messagings.findAll(numberIds);
        Map<NumberId, LineMessaging> all = new LinkedHashMap<>();
        for (NumberId id : numberIds) {
            all.put(id, found.getOrDefault(id, LineMessaging.none(id)));
        }
        return all;
    }
}
