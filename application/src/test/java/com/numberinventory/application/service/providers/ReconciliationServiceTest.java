package com.numberinventory.application.service.providers;

import com.numberinventory.application.port.out.providers.Reconciliations;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.HeldNumber;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.HeldPage;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.UpstreamNumber;
import com.numberinventory.application.shared.Page;
import com.numberinventory.application.shared.PageRequest;
import com.numberinventory.application.support.FakeProviderNumberApi;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.provider.ProviderId;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.reconciliation.Reconciliation;
import com.numberinventory.domain.series.Series;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconciliationServiceTest {

    final Inventory inv = new Inventory();
    final FakeProviderNumberApi provider = new FakeProviderNumberApi().withAccount(inv.provider, ProviderKind.SAUTIKIT);
    final Map<UUID, Reconciliation> kept = new LinkedHashMap<>();
    final Reconciliations store = new Reconciliations() {
        @Override
        public void add(Reconciliation r) {
            kept.put(r.id(), r);
        }

        @Override
        public Optional<Reconciliation> find(ProviderId providerId, UUID id) {
            return Optional.ofNullable(kept.get(id)).filter(r -> r.providerId().equals(providerId));
        }

        @Override
        public Optional<Reconciliation> findForUpdate(ProviderId providerId, UUID id) {
            return find(providerId, id);
        }

        @Override
        public void save(Reconciliation r) {
            kept.put(r.id(), r);
        }

        @Override
        public Page<Reconciliation> list(ProviderId providerId, PageRequest page) {
            return Page.of(new ArrayList<>(kept.values()), page.limit(), Reconciliation::id);
        }

        @Override
        public Map<E164, String> inventoryOf(ProviderId providerId) {
            Map<E164, String> out = new LinkedHashMap<>();
            for (String e : List.of(BOTH, ONLY_HERE, PENDING_HERE, RELEASING)) {
                inv.numbers.findByE164(E164.parse("e164", e)).filter(n -> n.providerId().equals(providerId))
                        .ifPresent(n -> out.put(n.e164(), n.status().wireName()));
            }
            return out;
        }
    };
    final ReconciliationService service = new ReconciliationService(store, provider, provider, inv.providerNumbers,
            inv.transactions, inv.clock);
    final Series series = inv.sellableSeries(Duration.ofDays(30));

    static final String BOTH = "+254700000201";
    static final String ONLY_HERE = "+254700000202";
    static final String PENDING_HERE = "+254700000203";
    static final String RELEASING = "+254700000204";
    static final String ONLY_UPSTREAM = "+254700000205";

    private static HeldNumber held(String e164, HeldNumber.HeldStatus status) {
        return new HeldNumber(new UpstreamNumber(E164.parse("e164", e164), Optional.of("id-" + e164)), status,
                Optional.of(status.name().toLowerCase()));
    }

    @Test
    void each_kind_of_difference_is_reported_then_fixed_through_the_ordinary_commands() {
        inv.availableNumber(series, BOTH);
        inv.availableNumber(series, ONLY_HERE);
        inv.availableNumber(series, RELEASING);
        PhoneNumber.Added pending = PhoneNumber.acquire(series, new NumberId(inv.ids.next()),
                E164.parse("e164", PENDING_HERE), series.capabilities(), true, inv.ids, inv.clock.instant());
        inv.numbers.add(List.of(pending));
        provider.heldPages.add(() -> new HeldPage(List.of(held(BOTH, HeldNumber.HeldStatus.ACTIVE),
                held(PENDING_HERE, HeldNumber.HeldStatus.ACTIVE)), Optional.of("page-2")));
        provider.heldPages.add(() -> new HeldPage(List.of(held(RELEASING, HeldNumber.HeldStatus.RELEASING),
                held(ONLY_UPSTREAM, HeldNumber.HeldStatus.ACTIVE)), Optional.empty()));

        Reconciliation report = service.reconcile(inv.provider, false);

        assertEquals(List.of(Optional.empty(), Optional.of("page-2")), provider.heldTokens);
        assertEquals(4, report.upstreamCount());
        Map<String, Reconciliation.Kind> kinds = new LinkedHashMap<>();
        report.differences().forEach(d -> kinds.put(d.e164().value(), d.kind()));
        assertEquals(Map.of(PENDING_HERE, Reconciliation.Kind.STATE_MISMATCH,
                RELEASING, Reconciliation.Kind.STATE_MISMATCH,
                ONLY_UPSTREAM, Reconciliation.Kind.MISSING_HERE,
                ONLY_HERE, Reconciliation.Kind.MISSING_UPSTREAM), kinds);
        assertEquals(NumberStatus.AVAILABLE, status(ONLY_HERE), "a report alone changes nothing");

        Reconciliation applied = service.apply(inv.provider, report.id());

        assertEquals(Reconciliation.Status.APPLIED, applied.status());
        assertTrue(inv.numbers.findByE164(E164.parse("e164", ONLY_HERE)).isEmpty(), "retired");
        assertEquals(NumberStatus.AVAILABLE, status(ONLY_UPSTREAM));
        assertEquals(NumberStatus.AVAILABLE, status(PENDING_HERE));
        assertEquals(NumberStatus.AVAILABLE, status(RELEASING), "left for an operator");
        assertTrue(applied.differences().stream().filter(d -> d.e164().value().equals(RELEASING)).findFirst()
                .orElseThrow().resolution().orElseThrow().contains("left for an operator"));
        assertTrue(applied.differences().stream().allMatch(d -> d.resolution().isPresent()));
        DomainException again = assertThrows(DomainException.class, () -> service.apply(inv.provider, report.id()));
        assertEquals(ErrorCode.RECONCILIATION_ALREADY_APPLIED, again.errorCode());
    }

    @Test
    void an_unknown_report_is_not_found() {
        DomainException e = assertThrows(DomainException.class, () -> service.get(inv.provider, UUID.randomUUID()));
        assertEquals(ErrorCode.RECONCILIATION_NOT_FOUND, e.errorCode());
    }

    private NumberStatus status(String e164) {
        return inv.numbers.findByE164(E164.parse("e164", e164)).orElseThrow().status();
    }
}
