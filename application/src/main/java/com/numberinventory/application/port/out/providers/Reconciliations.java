package com.numberinventory.application.port.out.providers;

import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.reconciliation.Reconciliation;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Kept reconciliation reports, and the inventory side of a comparison. */
public interface Reconciliations {

    void add(Reconciliation reconciliation);

    Optional<Reconciliation> find(ProviderId providerId, UUID id);

    /** Locks the report until the transaction ends (two applies of one report queue here). */
    Optional<Reconciliation> findForUpdate(ProviderId providerId, UUID id);

    void save(Reconciliation reconciliation);

    /** The provider's reports, oldest first, keyset-paged by id. */
    Page<Reconciliation> list(ProviderId providerId, PageRequest page);

    /** Every non-retired number of the provider with its status wire name. */
    Map<E164, String> inventoryOf(ProviderId providerId);
}
