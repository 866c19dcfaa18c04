package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.in.numbers.DigitPatterns;
import com.numberinventory.application.port.in.providers.SearchAvailableNumbersUseCase.AvailableNumber;
import com.numberinventory.application.port.in.providers.SearchAvailableNumbersUseCase.AvailableNumbersQuery;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOffer;
import com.numberinventory.application.support.FakeProviderNumberApi;
import com.numberinventory.application.support.InMemoryTransactions;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchAvailableNumbersServiceTest {

    final ProviderId provider = new ProviderId(UUID.randomUUID());
    final FakeProviderNumberApi api = new FakeProviderNumberApi().withAccount(provider, ProviderKind.SAUTIKIT);
    final SearchAvailableNumbersService service = new SearchAvailableNumbersService(api, api, new InMemoryTransactions());

    private static UpstreamOffer offer(String e164) {
        return new UpstreamOffer(E164.parse("e164", e164), Optional.of("inv-" + e164), Capabilities.of(Capability.VOICE),
                Optional.of(new Money(10_000, "KES")), Optional.empty(), Optional.empty());
    }

    @Test
    void the_provider_offer_is_answered_in_this_api_terms_and_cut_at_the_limit() {
        api.searches.add(() -> List.of(offer("+254700000001"), offer("+254700000002"), offer("+254700000003")));

        List<AvailableNumber> found = service.searchAvailable(new AvailableNumbersQuery(provider, new CountryCode("KE"),
                Optional.of(Capability.VOICE), new DigitPatterns(Optional.of("2547"), Optional.empty(),
                Optional.empty()), 2));

        assertEquals(2, found.size());
        assertEquals(Optional.of("inv-+254700000001"), found.get(0).upstreamId());
        assertEquals(Optional.of("2547"), api.queries.get(0).startsWith());
        assertEquals(Optional.of(Capability.VOICE), api.queries.get(0).capability());
    }

    @Test
    void an_unknown_provider_is_not_found_and_not_called() {
        DomainException e = assertThrows(DomainException.class, () -> service.searchAvailable(
                new AvailableNumbersQuery(new ProviderId(UUID.randomUUID()), new CountryCode("KE"), Optional.empty(),
                        DigitPatterns.none(), 5)));

        assertEquals(ErrorCode.PROVIDER_NOT_FOUND, e.errorCode());
        assertEquals(List.of(), api.calls);
    }
}
