package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandResult;
import com.numberinventory.application.port.out.numbers.PhoneNumbers;
import com.numberinventory.application.port.out.series.SeriesCatalog;
import com.numberinventory.application.service.numbers.ReleaseNumberService;
import com.numberinventory.domain.event.NumberEvent;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberState;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.ReleaseReason;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.series.QuarantinePeriod;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.series.SeriesId;
import com.numberinventory.domain.shared.IdSource;
import com.numberinventory.domain.shared.Uuids;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A provider's commands on numbers: a number it acquired enters the inventory (as an import does), a number it
 * took back is released (through the API's release) and retired. Runs in the delivery's transaction.
 */
public record ProviderNumberService(PhoneNumbers numbers, SeriesCatalog catalog, ReleaseNumberService release,
                                    IdSource ids, QuarantinePeriod defaultQuarantine) {

    public CommandResult acquire(ProviderId providerId, ProviderCommand.AcquireNumber command, Instant now) {
        if (numbers.findByE164(command.e164()).isPresent()) {
            return alreadyHeld(command);
        }
        Series series = seriesFor(providerId, command, now);
        Capabilities capabilities = command.capabilities().orElse(series.capabilities());
        PhoneNumber.Added added = PhoneNumber.acquire(series, new NumberId(ids.next()), command.e164(), capabilities,
                command.pending(), ids, now);
        if (numbers.add(List.of(added)).isEmpty()) {
            return alreadyHeld(command);
        }
        return CommandResult.applied(command.subject(),
                "added as " + added.number().status().wireName() + " to series " + series.id());
    }

    private static CommandResult alreadyHeld(ProviderCommand.AcquireNumber command) {
        return CommandResult.ignored(command.subject(), command.e164() + " is already in the inventory");
    }

    private Series seriesFor(ProviderId providerId, ProviderCommand.AcquireNumber command, Instant now) {
        return switch (command.series()) {
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

    public CommandResult releaseAndRetire(ProviderId providerId, ProviderCommand.ReleaseAndRetire command,
                                          Instant now) {
        Optional<PhoneNumber> found = numbers.findByE164ForUpdate(command.e164())
                .filter(n -> n.providerId().equals(providerId));
        if (found.isEmpty()) {
            return CommandResult.ignored(command.subject(), "unknown number " + command.e164() + " for this provider");
        }
        PhoneNumber number = found.get();
        List<NumberEvent> events = new ArrayList<>();
        String detail = "retired";
        if (number.state() instanceof NumberState.Assigned) {
            events.add(release.releaseLocked(number, ReleaseReason.PROVIDER_RELEASED, Optional.empty(), now));
            detail = "rental ended (provider_released), then retired";
        }
        events.add(number.retire(command.note(), ids, now));
        numbers.save(number, events);
        return CommandResult.applied(command.subject(), detail);
    }

    /** A pending number the provider reports active passes its checks: it becomes available. */
    public CommandResult activatePending(ProviderId providerId, com.numberinventory.domain.number.E164 e164,
                                         Instant now) {
        Optional<PhoneNumber> found = numbers.findByE164ForUpdate(e164).filter(n -> n.providerId().equals(providerId));
        if (found.isEmpty()) {
            return CommandResult.ignored(e164.value(), "unknown number " + e164 + " for this provider");
        }
        PhoneNumber number = found.get();
        numbers.save(number, List.of(number.activate(ids, now)));
        return CommandResult.applied(e164.value(), "activated: available");
    }
}
