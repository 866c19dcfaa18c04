package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.providers.ReconcileUseCase;
import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.in.webhooks.ProviderDelivery.CommandResult;
import com.numberinventory.application.port.out.providers.Reconciliations;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccounts;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.HeldNumber;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.NotFound;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.reconciliation.Reconciliation;
import com.numberinventory.domain.reconciliation.Reconciliation.Difference;
import com.numberinventory.domain.reconciliation.Reconciliation.Kind;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Pulls the provider's held list outside any transaction (page by page, bounded), compares it with the inventory
 * and stores the report; applying runs each fix in its own transaction through {@link ProviderNumberService}, the
 * path the provider's webhooks take, so every change writes its ordinary events.
 */
public record ReconciliationService(Reconciliations reconciliations, ProviderAccounts accounts,
                                    ProviderNumberApi.Registry apis, ProviderNumberService numbers,
                                    Transactions transactions, Clock clock) implements ReconcileUseCase {

    /** At most this many pages of the provider's list are read in one reconciliation. */
    public static final int MAX_PAGES = 1_000;

    @Override
    public Reconciliation reconcile(ProviderId providerId, boolean apply) {
        ProviderAccount account = transactions.inTransaction(() -> accounts.forProvider(providerId))
                .orElseThrow(() -> NotFound.provider(providerId));
        Map<E164, HeldNumber> held = held(account);
        Reconciliation report = transactions.inTransaction(() -> {
            Map<E164, String> here = reconciliations.inventoryOf(providerId);
            Reconciliation r = new Reconciliation(numbers.ids().next(), providerId, Reconciliation.Status.REPORTED,
                    held.size(), here.size(), compare(held, here), clock.instant(), Optional.empty());
            reconciliations.add(r);
            return r;
        });
        return apply ? apply(providerId, report.id()) : report;
    }

    private Map<E164, HeldNumber> held(ProviderAccount account) {
        ProviderNumberApi api = apis.forKind(account.kind());
        Map<E164, HeldNumber> held = new LinkedHashMap<>();
        Optional<String> token = Optional.empty();
        for (int page = 0; page < MAX_PAGES; page++) {
            ProviderNumberApi.HeldPage p = api.listHeld(account, token);
            p.numbers().forEach(n -> held.putIfAbsent(n.number().e164(), n));
            token = p.nextPageToken();
            if (token.isEmpty()) {
                break;
            }
        }
        return held;
    }

    static List<Difference> compare(Map<E164, HeldNumber> held, Map<E164, String> here) {
        List<Difference> out = new ArrayList<>();
        held.forEach((e164, h) -> {
            Optional<String> upstream = Optional.of(h.status().name().toLowerCase(java.util.Locale.ROOT));
            String status = here.get(e164);
            if (status == null) {
                if (h.status() != HeldNumber.HeldStatus.RELEASING) {
                    out.add(new Difference(e164, Kind.MISSING_HERE, Optional.empty(), upstream, Optional.empty()));
                }
                return;
            }
            boolean mismatch = switch (h.status()) {
                case ACTIVE -> status.equals("pending");
                case PENDING -> !status.equals("pending");
                case RELEASING -> true;
                case OTHER -> false;
            };
            if (mismatch) {
                out.add(new Difference(e164, Kind.STATE_MISMATCH, Optional.of(status), upstream, Optional.empty()));
            }
        });
        here.forEach((e164, status) -> {
            if (!held.containsKey(e164) && !status.equals("pending")) {
                out.add(new Difference(e164, Kind.MISSING_UPSTREAM, Optional.of(status), Optional.empty(),
                        Optional.empty()));
            }
        });
        return out;
    }

    @Override
    public Reconciliation get(ProviderId providerId, UUID id) {
        return transactions.inTransaction(() -> reconciliations.find(providerId, id))
                .orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<Reconciliation> list(ProviderId providerId, PageRequest page) {
        return transactions.inTransaction(() -> {
            if (accounts.forProvider(providerId).isEmpty()) {
                throw NotFound.provider(providerId);
            }
            return reconciliations.list(providerId, page);
        });
    }

    @Override
    public Reconciliation apply(ProviderId providerId, UUID id) {
        Reconciliation report = get(providerId, id);
        if (report.status() == Reconciliation.Status.APPLIED) {
            throw new DomainException(ErrorCode.RECONCILIATION_ALREADY_APPLIED, "reconciliation " + id
                    + " was applied at " + report.appliedAt().orElseThrow());
        }
        List<Difference> resolved = new ArrayList<>();
        for (Difference d : report.differences()) {
            String resolution;
            try {
                resolution = transactions.inTransaction(() -> fix(providerId, d, id));
            } catch (DomainException e) {
                resolution = "not fixed (" + e.errorCode().code() + "): " + e.getMessage();
            }
            resolved.add(new Difference(d.e164(), d.kind(), d.inventoryStatus(), d.upstreamStatus(),
                    Optional.of(resolution)));
        }
        return transactions.inTransaction(() -> {
            Reconciliation locked = reconciliations.findForUpdate(providerId, id).orElseThrow(() -> notFound(id));
            if (locked.status() == Reconciliation.Status.APPLIED) {
                return locked;
            }
            Reconciliation applied = locked.applied(resolved, clock.instant());
            reconciliations.save(applied);
            return applied;
        });
    }

    private String fix(ProviderId providerId, Difference d, UUID id) {
        CommandResult result = switch (d.kind()) {
            case MISSING_HERE -> numbers.acquire(providerId, new ProviderCommand.AcquireNumber(d.e164(),
                    Optional.empty(), false, new ProviderCommand.SeriesChoice.ByReference(Optional.empty())),
                    clock.instant());
            case MISSING_UPSTREAM -> numbers.releaseAndRetire(providerId, new ProviderCommand.ReleaseAndRetire(
                    d.e164(), "reconciliation " + id + ": the provider no longer holds it"), clock.instant());
            case STATE_MISMATCH -> d.inventoryStatus().filter("pending"::equals).isPresent()
                    && d.upstreamStatus().filter("active"::equals).isPresent()
                    ? numbers.activatePending(providerId, d.e164(), clock.instant())
                    : CommandResult.ignored(d.e164().value(), "left for an operator: here "
                    + d.inventoryStatus().orElse("-") + ", at the provider " + d.upstreamStatus().orElse("-"));
        };
        return (result.outcome() == com.numberinventory.application.port.in.webhooks.ProviderDelivery
                .CommandOutcome.APPLIED ? "" : "not fixed: ") + result.detail();
    }

    private static DomainException notFound(UUID id) {
        return new DomainException(ErrorCode.RECONCILIATION_NOT_FOUND, "no reconciliation " + id);
    }
}
