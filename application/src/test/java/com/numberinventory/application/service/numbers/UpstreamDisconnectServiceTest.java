package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.webhooks.ProviderCommand;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.DisconnectOutcome;
import com.numberinventory.application.port.out.providers.upstream.ProviderRejectedException;
import com.numberinventory.application.port.out.providers.upstream.ProviderUnavailableException;
import com.numberinventory.application.support.FakeProviderNumberApi;
import com.numberinventory.application.support.InMemoryUpstreamDisconnects;
import com.numberinventory.application.support.Inventory;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.NumberStatus;
import com.numberinventory.domain.number.UpstreamDisconnect;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.numberinventory.application.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UpstreamDisconnectServiceTest {

    final Inventory inv = new Inventory();
    final InMemoryUpstreamDisconnects disconnects = inv.disconnects;
    final FakeProviderNumberApi provider = new FakeProviderNumberApi().withAccount(inv.provider, ProviderKind.TELNYX);
    final UpstreamDisconnectService service = new UpstreamDisconnectService(inv.changes, disconnects, provider,
            provider, inv.transactions, inv.ids);
    final NumberId number = inv.availableNumber(inv.sellableSeries(Duration.ofDays(30)), "+254700000042");

    private static DisconnectOutcome done() {
        return new DisconnectOutcome(DisconnectOutcome.Status.DONE, Optional.empty(), Optional.empty());
    }

    @Test
    void retiring_with_a_disconnect_retires_then_gives_the_number_back() {
        provider.disconnects.add(UpstreamDisconnectServiceTest::done);

        assertEquals(NumberStatus.RETIRED, service.retireAndDisconnect(number, "ported away").status());

        UpstreamDisconnect d = service.disconnectOf(number);
        assertEquals(UpstreamDisconnect.Status.DONE, d.status());
        assertEquals(1, d.attempts());
        assertEquals(List.of("disconnect +254700000042"), provider.calls);
    }

    @Test
    void a_provider_failure_leaves_the_number_retired_and_the_disconnect_failed_then_a_retry_finishes_it() {
        provider.disconnects.add(() -> {
            throw new ProviderUnavailableException(ProviderUnavailableException.Reason.TIMEOUT, "telnyx timed out");
        });

        assertEquals(NumberStatus.RETIRED, service.retireAndDisconnect(number, "ported away").status());
        UpstreamDisconnect failed = service.disconnectOf(number);
        assertEquals(UpstreamDisconnect.Status.FAILED, failed.status());
        assertEquals(Optional.of("provider.unavailable"), failed.providerCode());
        assertEquals(NumberStatus.RETIRED, inv.numbers.getForUpdate(number).status());

        provider.disconnects.add(UpstreamDisconnectServiceTest::done);
        UpstreamDisconnect retried = service.retry(number);
        assertEquals(UpstreamDisconnect.Status.DONE, retried.status());
        assertEquals(2, retried.attempts());
    }

    @Test
    void a_refusal_keeps_the_provider_code() {
        provider.disconnects.add(() -> {
            throw new ProviderRejectedException("10007", "telnyx refused");
        });

        service.retireAndDisconnect(number, "ported away");

        assertEquals(Optional.of("10007"), service.disconnectOf(number).providerCode());
    }

    @Test
    void a_pending_deprovisioning_is_confirmed_by_zipwhip_provision_delete_webhook() {
        provider.disconnects.add(() -> new DisconnectOutcome(DisconnectOutcome.Status.PENDING, Optional.empty(),
                Optional.of("requestId req-del")));
        service.retireAndDisconnect(number, "ported away");
        assertEquals(UpstreamDisconnect.Status.PENDING, service.disconnectOf(number).status());

        inv.transactions.inTransaction(() -> inv.lines.change(new ProviderCommand.ChangeLineMessaging(
                E164.parse("e164", "+254700000042"), "abc123", ProviderCommand.LineChange.DETACH, 200,
                Optional.of("deleted")), inv.clock.instant()));

        assertEquals(UpstreamDisconnect.Status.DONE, service.disconnectOf(number).status());
    }

    @Test
    void a_done_disconnect_is_not_retried() {
        provider.disconnects.add(UpstreamDisconnectServiceTest::done);
        service.retireAndDisconnect(number, "ported away");

        DomainException e = assertThrows(DomainException.class, () -> service.retry(number));
        assertEquals(ErrorCode.DISCONNECT_NOT_RETRYABLE, e.errorCode());
    }

    @Test
    void a_refused_retire_asks_nothing_of_the_provider() {
        inv.state.retire(number, "first");

        DomainException e = assertThrows(DomainException.class, () -> service.retireAndDisconnect(number, "again"));

        assertEquals(ErrorCode.RETIRED, e.errorCode());
        assertEquals(List.of(), provider.calls);
        assertRefused(ErrorCode.DISCONNECT_NOT_FOUND, () -> service.disconnectOf(number));
    }
}
