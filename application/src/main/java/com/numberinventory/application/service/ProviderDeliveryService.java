package com.numberinventory.application.service;

import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderEventQueries;
import com.numberinventory.application.port.in.webhooks.ReceiveProviderDeliveryUseCase;
import com.numberinventory.application.port.in.webhooks.ReplayProviderDeliveryUseCase;
import com.numberinventory.application.port.in.campaigns.CampaignQueries;
import com.numberinventory.application.port.out.Campaigns;
import com.numberinventory.application.port.in.campaigns.NumberMessagingQueries;
import com.numberinventory.application.port.out.LineMessagings;
import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.application.port.out.EventLog;
import com.numberinventory.domain.campaign.Campaign;
import com.numberinventory.application.port.out.PhoneNumbers;
import com.numberinventory.application.port.out.ProviderDeliveries;
import com.numberinventory.application.port.out.ProviderDelivery;
import com.numberinventory.application.port.out.ProviderDelivery.CommandResult;
import com.numberinventory.application.port.out.ProviderDelivery.Status;
import com.numberinventory.application.port.out.Rentals;
import com.numberinventory.application.port.out.SeriesCatalog;
import com.numberinventory.application.port.out.Transactions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.event.DomainEvent;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.Uuids;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies provider deliveries: records each one durably and applies its commands in the same transaction, once per
 * dedupe key. Commands that cannot apply are recorded as ignored with the reason; an unexpected failure rolls the
 * delivery back and records it as failed (so a provider retry or an operator replay applies it later).
 */
public class ProviderDeliveryService
        implements ReceiveProviderDeliveryUseCase, ReplayProviderDeliveryUseCase, ProviderEventQueries,
        CampaignQueries, NumberMessagingQueries {

    private final ProviderDeliveries deliveries;
    private final PhoneNumbers numbers;
    private final SeriesCatalog catalog;
    private final Rentals rentals;
    private final EventLog events;
    private final Transactions transactions;
    private final Clock clock;
    private final IdSource ids;
    private final QuarantinePeriod defaultQuarantine;
    private final Campaigns campaigns;
    private final LineMessagings messagings;

    public ProviderDeliveryService(ProviderDeliveries deliveries, PhoneNumbers numbers, SeriesCatalog catalog,
                                   Rentals rentals, EventLog events, Transactions transactions, Clock clock,
                                   IdSource ids, QuarantinePeriod defaultQuarantine, Campaigns campaigns,
                                   LineMessagings messagings) {
        this.campaigns = campaigns;
        this.messagings = messagings;
        this.deliveries = deliveries;
        this.numbers = numbers;
        this.catalog = catalog;
        this.rentals = rentals;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.defaultQuarantine = defaultQuarantine;
    }

    @Override
    public Outcome receive(InboundDelivery in) {
        Instant now = clock.instant();
        ProviderDelivery record = new ProviderDelivery(ids.next(), in.providerId(), in.kind(), in.dedupeKey(),
                in.eventType(), in.rawBody(), in.headers(), in.path(), Status.RECEIVED, null, List.of(), 0, 1, now,
                null);
        try {
            return transactions.inTransaction(() -> {
                if (deliveries.insertIfNew(record)) {
                    return applyAndFinish(record.id(), in.providerId(), in.commands(), false);
                }
                ProviderDelivery existing = deliveries.findByKeyForUpdate(in.providerId(), in.dedupeKey())
                        .orElseThrow(() -> new IllegalStateException("delivery " + in.dedupeKey() + " vanished"));
                if (existing.status() == Status.FAILED) {
                    // A redelivery of a delivery that failed: apply it now.
                    return applyAndFinish(existing.id(), in.providerId(), in.commands(), true);
                }
                deliveries.countDuplicate(existing.id());
                return new Outcome(existing.id(), existing.status(), true, existing.reason());
            });
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            String reason = "failed to apply: " + e.getClass().getSimpleName();
            try {
                transactions.inTransaction(() -> {
                    deliveries.recordFailure(record, reason, clock.instant());
                    return null;
                });
            } catch (RuntimeException again) {
                // The database itself is unavailable: let the caller answer so the provider retries.
                e.addSuppressed(again);
                throw e;
            }
            return new Outcome(record.id(), Status.FAILED, false, reason);
        }
    }

    @Override
    public Outcome replay(UUID deliveryId, List<ProviderCommand> commands) {
        return transactions.inTransaction(() -> {
            ProviderDelivery d = deliveries.findDeliveryForUpdate(deliveryId).orElseThrow(() -> notFound(deliveryId));
            if (d.status() != Status.FAILED) {
                throw new DomainException(ErrorCode.PROVIDER_EVENT_NOT_REPLAYABLE,
                        "provider event " + deliveryId + " is " + d.status().wireName()
                                + "; only failed deliveries are replayed");
            }
            return applyAndFinish(d.id(), d.providerId(), commands, true);
        });
    }

    @Override
    public ProviderDelivery get(UUID id) {
        return deliveries.findDelivery(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<ProviderDelivery> list(Optional<ProviderId> providerId, Optional<Status> status, PageRequest page) {
        return deliveries.list(providerId, status, page);
    }

    private static DomainException notFound(UUID id) {
        return new DomainException(ErrorCode.PROVIDER_EVENT_NOT_FOUND, "no provider event " + id);
    }

    private Outcome applyAndFinish(UUID deliveryId, ProviderId providerId, List<ProviderCommand> commands,
                                   boolean retry) {
        Instant now = clock.instant();
        List<CommandResult> results = new ArrayList<>();
        boolean anyApplied = false;
        String firstIgnored = null;
        for (ProviderCommand command : commands) {
            CommandResult result;
            try {
                result = apply(providerId, command, now);
            } catch (DomainException e) {
                result = new CommandResult(command.subject(), "ignored", e.getMessage());
            }
            results.add(result);
            if ("applied".equals(result.outcome())) {
                anyApplied = true;
            } else if (firstIgnored == null) {
                firstIgnored = result.detail();
            }
        }
        Status status = anyApplied ? Status.APPLIED : Status.IGNORED;
        String reason = anyApplied ? null : (firstIgnored == null ? "the delivery carries no command" : firstIgnored);
        deliveries.finish(deliveryId, status, reason, results, now, retry);
        return new Outcome(deliveryId, status, false, reason);
    }

    private CommandResult apply(ProviderId providerId, ProviderCommand command, Instant now) {
        return switch (command) {
            case ProviderCommand.Skip skip -> new CommandResult(skip.subject(), "ignored", skip.reason());
            case ProviderCommand.AcquireNumber acquire -> acquire(providerId, acquire, now);
            case ProviderCommand.ReleaseAndRetire release -> releaseAndRetire(providerId, release, now);
            case ProviderCommand.UpdateCampaign update -> updateCampaign(providerId, update, now);
            case ProviderCommand.ChangeLineMessaging line -> changeLine(line, now);
            case ProviderCommand.DetachCampaignLines detach -> detachCampaign(detach, now);
        };
    }

    private CommandResult changeLine(ProviderCommand.ChangeLineMessaging c, Instant now) {
        Optional<PhoneNumber> found = numbers.findByE164(c.e164()).flatMap(n -> numbers.findByIdForUpdate(n.id()));
        if (found.isEmpty()) {
            return ignored(c, "unknown number " + c.e164());
        }
        PhoneNumber number = found.get();
        LineMessaging current = messagings.find(number.id()).orElse(LineMessaging.none(number.id()));
        LineMessaging next = switch (c.change()) {
            case ATTACH -> new LineMessaging(number.id(), c.campaignId(), LineMessaging.Status.ACTIVE, c.statusCode(),
                    c.description().orElse(null), now);
            case FAIL -> new LineMessaging(number.id(), c.campaignId(), LineMessaging.Status.FAILED, c.statusCode(),
                    c.description().orElse(null), now);
            case DETACH -> {
                if (current.campaignId() != null && !current.campaignId().equals(c.campaignId())) {
                    throw new DomainException(ErrorCode.NOT_ASSIGNED, c.e164() + " is on campaign "
                            + current.campaignId() + ", not on " + c.campaignId());
                }
                yield new LineMessaging(number.id(), null, LineMessaging.Status.NONE, c.statusCode(),
                        c.description().orElse(null), now);
            }
        };
        saveMessaging(number, next, now);
        return new CommandResult(c.subject(), "applied", "messaging " + next.status().wireName()
                + (next.campaignId() == null ? "" : " on campaign " + next.campaignId()) + " (" + c.statusCode() + ")");
    }

    private CommandResult detachCampaign(ProviderCommand.DetachCampaignLines c, Instant now) {
        int detached = 0;
        for (NumberId id : messagings.onCampaign(c.campaignId())) {
            Optional<PhoneNumber> number = numbers.findByIdForUpdate(id);
            if (number.isEmpty() || number.get().status() == NumberStatus.RETIRED) {
                continue;
            }
            saveMessaging(number.get(), new LineMessaging(id, null, LineMessaging.Status.NONE, c.statusCode(),
                    c.description().orElse(null), now), now);
            detached++;
        }
        return new CommandResult(c.subject(), "applied", detached + " line(s) detached");
    }

    private void saveMessaging(PhoneNumber number, LineMessaging next, Instant now) {
        var event = number.messagingChanged(next, ids, now);
        messagings.save(next);
        numbers.update(number);
        events.append(event);
    }

    @Override
    public LineMessaging messagingOf(NumberId numberId) {
        return messagings.find(numberId).orElse(LineMessaging.none(numberId));
    }

    @Override
    public java.util.Map<NumberId, LineMessaging> messagingOf(java.util.Collection<NumberId> numberIds) {
        java.util.Map<NumberId, LineMessaging> found = messagings.findAll(numberIds);
        java.util.Map<NumberId, LineMessaging> all = new java.util.LinkedHashMap<>();
        for (NumberId id : numberIds) {
            all.put(id, found.getOrDefault(id, LineMessaging.none(id)));
        }
        return all;
    }

    private CommandResult updateCampaign(ProviderId providerId, ProviderCommand.UpdateCampaign c, Instant now) {
        Optional<Campaign> existing = campaigns.findForUpdate(providerId, c.campaignId());
        Campaign.Status status = switch (c.change()) {
            case ACTIVATED -> Campaign.Status.ACTIVE;
            case EXPIRED -> Campaign.Status.EXPIRED;
            case UNELECTED -> Campaign.Status.UNELECTED;
            case POOL_SET, POOL_REMOVED -> existing.map(Campaign::status).orElse(Campaign.Status.ACTIVE);
        };
        String pool = c.change() == ProviderCommand.CampaignChange.POOL_REMOVED ? null
                : c.numberPoolSubId().orElse(existing.map(Campaign::numberPoolSubId).orElse(null));
        Campaign updated = new Campaign(existing.map(Campaign::id).orElseGet(ids::next), providerId, c.campaignId(),
                status, c.brandId().orElse(existing.map(Campaign::brandId).orElse(null)),
                c.mnoIds().isEmpty() ? existing.map(Campaign::mnoIds).orElse(List.of()) : c.mnoIds(), pool,
                c.statusCode(), c.description().orElse(null),
                c.eventDate().orElse(existing.map(Campaign::eventDate).orElse(null)),
                existing.map(Campaign::createdAt).orElse(now), now);
        campaigns.save(updated);
        return new CommandResult(c.subject(), "applied", "campaign " + c.campaignId() + " is "
                + status.wireName() + (pool == null ? ", no number pool" : ", number pool " + pool));
    }

    @Override
    public Campaign get(String idOrCampaignId) {
        return Uuids.tryParse(idOrCampaignId).flatMap(campaigns::findCampaign)
                .or(() -> campaigns.findByCampaignId(idOrCampaignId))
                .orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND,
                        "no campaign " + idOrCampaignId));
    }

    @Override
    public Page<Campaign> list(Optional<ProviderId> providerId, PageRequest page) {
        return campaigns.list(providerId, page);
    }

    private CommandResult acquire(ProviderId providerId, ProviderCommand.AcquireNumber command, Instant now) {
        if (numbers.findByE164(command.e164()).isPresent()) {
            return ignored(command, command.e164() + " is already in the inventory");
        }
        Series series = switch (command.series()) {
            case ProviderCommand.SeriesChoice.ByExternalRef byRef -> catalog.findByExternalRef(providerId, byRef.ref())
                    .orElseGet(() -> autoSeries(providerId, "Provider series " + byRef.ref(), byRef.ref(), command,
                            now));
            case ProviderCommand.SeriesChoice.ByReference byReference -> byReference.reference()
                    .flatMap(r -> referenced(providerId, r))
                    .orElseGet(() -> {
                        String ref = "auto:" + command.e164().country().value();
                        return catalog.findByExternalRef(providerId, ref).orElseGet(() -> autoSeries(providerId,
                                "Auto-created " + command.e164().country().value(), ref, command, now));
                    });
        };
        Capabilities capabilities = command.capabilities().orElse(series.capabilities());
        PhoneNumber.Added added = PhoneNumber.acquire(series, new NumberId(ids.next()), command.e164(), capabilities,
                command.pending(), ids, now);
        Set<NumberId> inserted = numbers.insertNew(List.of(added.number()));
        if (inserted.isEmpty()) {
            return ignored(command, command.e164() + " is already in the inventory");
        }
        events.append(added.event());
        return new CommandResult(command.subject(), "applied",
                "added as " + added.number().status().wireName() + " to series " + series.id());
    }

    private Optional<Series> referenced(ProviderId providerId, String reference) {
        Optional<Series> byId = Uuids.tryParse(reference).flatMap(u -> catalog.findById(new SeriesId(u)))
                .filter(s -> s.providerId().equals(providerId));
        return byId.isPresent() ? byId : catalog.findByExternalRef(providerId, reference);
    }

    /** A series first seen in a provider event: inactive and unpriced until an operator prices and activates it. */
    private Series autoSeries(ProviderId providerId, String name, String ref, ProviderCommand.AcquireNumber command,
                              Instant now) {
        Capabilities caps = command.capabilities().orElse(Capabilities.of(Capability.VOICE, Capability.SMS));
        Series series = Series.create(new SeriesId(ids.next()), providerId, name, command.e164().country(), caps,
                null, ref, defaultQuarantine, now);
        // Deliveries naming the same new series may race: the one that loses the insert uses the winner's row.
        if (!catalog.insertIfNew(series)) {
            return catalog.findByExternalRef(providerId, ref).orElseThrow(
                    () -> new IllegalStateException("series " + ref + " vanished"));
        }
        return series;
    }

    private CommandResult releaseAndRetire(ProviderId providerId, ProviderCommand.ReleaseAndRetire command,
                                           Instant now) {
        Optional<PhoneNumber> found = numbers.findByE164(command.e164())
                .flatMap(n -> numbers.findByIdForUpdate(n.id()));
        if (found.isEmpty() || !found.get().providerId().equals(providerId)
                || found.get().status() == NumberStatus.RETIRED) {
            return ignored(command, "unknown number " + command.e164() + " for this provider");
        }
        PhoneNumber number = found.get();
        List<DomainEvent> toLog = new ArrayList<>();
        String detail = "retired";
        if (number.status() == NumberStatus.ASSIGNED) {
            Series series = catalog.findById(number.seriesId())
                    .orElseThrow(() -> new IllegalStateException("number " + number.id() + " has no series"));
            toLog.add(number.release(ReleaseReason.PROVIDER_RELEASED, Optional.empty(), series, ids, now));
            rentals.end(number.lastEndedRental().orElseThrow());
            detail = "rental ended (provider_released), then retired";
        }
        toLog.add(number.retire(command.note(), ids, now));
        numbers.update(number);
        events.append(toLog);
        return new CommandResult(command.subject(), "applied", detail);
    }

    private static CommandResult ignored(ProviderCommand command, String reason) {
        return new CommandResult(command.subject(), "ignored", reason);
    }
}
