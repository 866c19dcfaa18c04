package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.providers.SearchAvailableNumbersUseCase;
import com.numberinventory.application.port.out.providers.upstream.AvailableNumberQuery;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccounts;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.application.shared.NotFound;

import java.util.List;

/**
 * Reads the provider's account in a short transaction, then asks its number API outside any transaction (a
 * provider's slowness never holds a database connection or a lock).
 */
public record SearchAvailableNumbersService(ProviderAccounts accounts, ProviderNumberApi.Registry apis,
                                            Transactions transactions) implements SearchAvailableNumbersUseCase {

    @Override
    public List<AvailableNumber> searchAvailable(AvailableNumbersQuery query) {
        ProviderAccount account = transactions.inTransaction(() -> accounts.forProvider(query.providerId()))
                .orElseThrow(() -> NotFound.provider(query.providerId()));
        AvailableNumberQuery upstream = new AvailableNumberQuery(query.countryCode(), query.capability(),
                query.patterns().startsWith(), query.patterns().contains(), query.patterns().endsWith(),
                query.limit());
        return apis.forKind(account.kind()).searchAvailable(account, upstream).stream()
                .limit(query.limit())
                .map(o -> new AvailableNumber(o.e164(), o.capabilities(), o.monthlyPrice(), o.upfrontPrice(),
                        o.region(), o.upstreamId()))
                .toList();
    }
}
