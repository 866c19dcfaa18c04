package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.providers.ReconcileUseCase;
import com.numberinventory.application.port.out.providers.Providers;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.shared.DomainException;

import java.util.Optional;
import java.util.UUID;

/**
 * The periodic run: reconciles (and applies) every active provider that has API credentials. A provider that
 * fails (unreachable, no api_key) is counted and skipped; the others go on.
 */
public record ReconciliationSchedule(Providers providers, ReconcileUseCase reconcile, Transactions transactions) {

    public record Run(int reconciled, int failed) {
    }

    public Run runAll() {
        int ok = 0;
        int failed = 0;
        Optional<UUID> after = Optional.empty();
        do {
            Optional<UUID> from = after;
            Page<Provider> page = transactions.inTransaction(() -> providers.listActive(new PageRequest(100, from)));
            for (Provider p : page.items()) {
                try {
                    reconcile.reconcile(p.id(), true);
                    ok++;
                } catch (DomainException e) {
                    failed++;
                }
            }
            after = page.nextAfter();
        } while (after.isPresent());
        return new Run(ok, failed);
    }
}
