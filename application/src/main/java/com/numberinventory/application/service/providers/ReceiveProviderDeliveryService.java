package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandOutcome;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandResult;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.Status;
import com.numberinventory.application.port.in.webhooks.ReceiveProviderDeliveryUseCase;
import com.numberinventory.application.port.in.webhooks.ReplayProviderDeliveryUseCase;
import com.numberinventory.application.port.out.providers.DeliveryTranslation;
import com.numberinventory.application.port.out.providers.ProviderDeliveries;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Records provider deliveries durably and applies their commands in the same transaction, once per dedupe key.
 * Commands that cannot apply are recorded as ignored with the reason; an unexpected failure rolls the delivery
 * back and records it as failed (so a provider retry or an operator replay applies it later).
 */
public record ReceiveProviderDeliveryService(ProviderDeliveries deliveries, ProviderCommands commands,
                                             DeliveryTranslation translation, Transactions transactions,
                                             Clock clock, IdSource ids)
        implements ReceiveProviderDeliveryUseCase, ReplayProviderDeliveryUseCase {

    @Override
    public Outcome receive(InboundDelivery in) {
        ProviderDelivery record = new ProviderDelivery(ids.next(), in.providerId(), in.kind(), in.dedupeKey(),
                in.eventType(), in.rawBody(), in.headers(), in.path(), Status.RECEIVED, null, List.of(), 0, 1,
                clock.instant(), null);
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
            return recordFailure(record, e);
        }
    }

    private Outcome recordFailure(ProviderDelivery record, RuntimeException failure) {
        String reason = "failed to apply: " + failure.getClass().getSimpleName();
        try {
            transactions.inTransaction(() -> {
                deliveries.recordFailure(record, reason, clock.instant());
                return null;
            });
        } catch (RuntimeException again) {
            // The database itself is unavailable: let the caller answer so the provider retries.
            failure.addSuppressed(again);
            throw failure;
        }
        return new Outcome(record.id(), Status.FAILED, false, reason);
    }

    @Override
    public Outcome replay(UUID deliveryId) {
        return transactions.inTransaction(() -> {
            ProviderDelivery d = deliveries.findDeliveryForUpdate(deliveryId)
                    .orElseThrow(() -> ProviderEventQueryService.notFound(deliveryId));
            if (d.status() != Status.FAILED) {
                throw new DomainException(ErrorCode.PROVIDER_EVENT_NOT_REPLAYABLE,
                        "provider event " + deliveryId + " is " + d.status().wireName()
                                + "; only failed deliveries are replayed");
            }
            return applyAndFinish(d.id(), d.providerId(), translation.commandsOf(d), true);
        });
    }

    private Outcome applyAndFinish(UUID deliveryId, ProviderId providerId, List<ProviderCommand> toApply,
                                   boolean retry) {
        Instant now = clock.instant();
        List<CommandResult> results = new ArrayList<>();
        for (ProviderCommand command : toApply) {
            results.add(commands.apply(providerId, command, now));
        }
        boolean anyApplied = results.stream().anyMatch(r -> r.outcome() == CommandOutcome.APPLIED);
        Status status = anyApplied ? Status.APPLIED : Status.IGNORED;
        String reason = anyApplied ? null : results.stream().map(CommandResult::detail).filter(Objects::nonNull)
                .findFirst()
                .orElse("the delivery carries no command");
        deliveries.finish(deliveryId, status, reason, results, now, retry);
        return new Outcome(deliveryId, status, false, reason);
    }
}
