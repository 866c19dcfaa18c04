package com.numberinventory.application.port.in.providers;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.reconciliation.Reconciliation;

import java.util.UUID;

/**
 * Compares what a provider account holds (its paged list) with the inventory and keeps the report; applying it
 * fixes the inventory through the ordinary commands: a number only the provider holds is added (available, in the
 * provider's series for its country), a number only the inventory holds is retired with a reason, a pending number
 * the provider reports active is activated; other mismatches are left for an operator, with the reason.
 */
public interface ReconcileUseCase {

    Reconciliation reconcile(ProviderId providerId, boolean apply);

    Reconciliation get(ProviderId providerId, UUID id);

    Page<Reconciliation> list(ProviderId providerId, PageRequest page);

    /** {@code reconciliations.already_applied} for a report applied before. */
    Reconciliation apply(ProviderId providerId, UUID id);
}
