package com.numberinventory.application.support;

import com.numberinventory.application.port.out.providers.upstream.AvailableNumberQuery;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccounts;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOffer;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOrder;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A provider number API the test scripts: each call takes the next scripted answer (a value, or a supplier that
 * throws), and the calls are recorded. Also the registry (every kind answers with this fake) and the accounts.
 */
public final class FakeProviderNumberApi implements ProviderNumberApi, ProviderNumberApi.Registry, ProviderAccounts {

    public final Deque<Supplier<DisconnectOutcome>> disconnects = new ArrayDeque<>();
    public final Deque<Supplier<List<UpstreamOffer>>> searches = new ArrayDeque<>();
    public final List<String> calls = new ArrayList<>();
    public final List<AvailableNumberQuery> queries = new ArrayList<>();
    public final Deque<Supplier<OrderPlacement>> placements = new ArrayDeque<>();
    public final List<UpstreamOrder> orders = new ArrayList<>();
    public final Deque<Supplier<HeldPage>> heldPages = new ArrayDeque<>();
    public final List<Optional<String>> heldTokens = new ArrayList<>();
    private final Map<ProviderId, ProviderAccount> accounts = new HashMap<>();
    private ProviderKind kind = ProviderKind.TELNYX;

    public FakeProviderNumberApi withAccount(ProviderId id, ProviderKind kind) {
        this.kind = kind;
        accounts.put(id, new ProviderAccount(id, kind, Optional.of("key"), Optional.empty()));
        return this;
    }

    @Override
    public ProviderKind kind() {
        return kind;
    }

    @Override
    public List<UpstreamOffer> searchAvailable(ProviderAccount account, AvailableNumberQuery query) {
        calls.add("search " + account.providerId());
        queries.add(query);
        return searches.removeFirst().get();
    }

    @Override
    public OrderPlacement placeOrder(ProviderAccount account, UpstreamOrder order) {
        calls.add("order " + order.reference());
        orders.add(order);
        return placements.removeFirst().get();
    }

    @Override
    public DisconnectOutcome disconnect(ProviderAccount account, UpstreamNumber number) {
        calls.add("disconnect " + number.e164());
        return disconnects.removeFirst().get();
    }

    @Override
    public HeldPage listHeld(ProviderAccount account, Optional<String> pageToken) {
        calls.add("held " + pageToken.orElse("first"));
        heldTokens.add(pageToken);
        return heldPages.removeFirst().get();
    }

    @Override
    public ProviderNumberApi forKind(ProviderKind kind) {
        return this;
    }

    @Override
    public Optional<ProviderAccount> forProvider(ProviderId providerId) {
        return Optional.ofNullable(accounts.get(providerId));
    }

    @Override
    public void store(ProviderId providerId, Optional<String> apiKey, Optional<String> baseUrl, Instant now) {
        throw new UnsupportedOperationException("not needed by the services under test");
    }

    @Override
    public boolean apiKeySet(ProviderId providerId) {
        return accounts.containsKey(providerId);
    }

    @Override
    public Optional<String> baseUrl(ProviderId providerId) {
        return Optional.empty();
    }
}
