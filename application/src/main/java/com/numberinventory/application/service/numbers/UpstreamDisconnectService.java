package com.numberinventory.application.service.numbers;

import com.numberinventory.application.port.in.numbers.UpstreamDisconnectUseCase;
import com.numberinventory.application.port.out.numbers.UpstreamDisconnects;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccounts;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.DisconnectOutcome;
import com.numberinventory.application.port.out.providers.upstream.ProviderRejectedException;
import com.numberinventory.application.port.out.shared.Transactions;
import com.numberinventory.domain.number.NumberId;
import com.numberinventory.domain.number.PhoneNumber;
import com.numberinventory.domain.number.UpstreamDisconnect;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.IdSource;

import java.util.Optional;

/**
 * Retire, record the disconnect, commit; then call the provider (outside any transaction and lock) and write its
 * outcome in a transaction of its own. Every failure of the call (refused, unreachable, no API key, provider
 * removed) is recorded on the disconnect with its code, never thrown at the retire.
 */
public record UpstreamDisconnectService(NumberChanges changes, UpstreamDisconnects disconnects,
                                        ProviderAccounts accounts, ProviderNumberApi.Registry apis,
                                        Transactions transactions, IdSource ids) implements UpstreamDisconnectUseCase {

    @Override
    public PhoneNumber retireAndDisconnect(NumberId id, String reason) {
        PhoneNumber retired = transactions.inTransaction(() -> {
            PhoneNumber number = changes.apply(id, (n, now) -> Optional.of(n.retire(reason, ids, now)));
            disconnects.add(UpstreamDisconnect.requested(number, changes.clock().instant()));
            return number;
        });
        attempt(id);
        return retired;
    }

    @Override
    public UpstreamDisconnect disconnectOf(NumberId id) {
        return transactions.inTransaction(() -> disconnects.find(id)).orElseThrow(() -> notFound(id));
    }

    @Override
    public UpstreamDisconnect retry(NumberId id) {
        UpstreamDisconnect current = disconnectOf(id);
        if (current.status() == UpstreamDisconnect.Status.DONE) {
            throw new DomainException(ErrorCode.DISCONNECT_NOT_RETRYABLE,
                    "the number's disconnect is done: the provider no longer holds it");
        }
        return attempt(id);
    }

    /** One attempt; answers the disconnect as recorded after it. */
    private UpstreamDisconnect attempt(NumberId id) {
        Optional<UpstreamDisconnect> claimed = transactions.inTransaction(
                () -> disconnects.claimAttempt(id, changes.clock().instant()));
        if (claimed.isEmpty()) {
            return disconnectOf(id);
        }
        UpstreamDisconnect d = claimed.get();
        Optional<ProviderAccount> account = transactions.inTransaction(() -> accounts.forProvider(d.providerId()));
        Outcome outcome;
        if (account.isEmpty()) {
            outcome = new Outcome(UpstreamDisconnect.Status.FAILED, Optional.of(ErrorCode.PROVIDER_NOT_FOUND.code()),
                    Optional.of("the provider was removed"));
        } else {
            outcome = call(account.get(), d);
        }
        transactions.inTransaction(() -> {
            disconnects.record(id, outcome.status(), outcome.code(), outcome.detail(), changes.clock().instant());
            return null;
        });
        return disconnectOf(id);
    }

    private record Outcome(UpstreamDisconnect.Status status, Optional<String> code, Optional<String> detail) {
    }

    private Outcome call(ProviderAccount account, UpstreamDisconnect d) {
        try {
            DisconnectOutcome answer = apis.forKind(account.kind()).disconnect(account,
                    new ProviderNumberApi.UpstreamNumber(d.e164(), d.upstreamId()));
            return new Outcome(switch (answer.status()) {
                case DONE -> UpstreamDisconnect.Status.DONE;
                case PENDING -> UpstreamDisconnect.Status.PENDING;
                case FAILED -> UpstreamDisconnect.Status.FAILED;
            }, answer.errorCode(), answer.errorDetail());
        } catch (ProviderRejectedException e) {
            return new Outcome(UpstreamDisconnect.Status.FAILED, Optional.ofNullable(e.providerCode()),
                    Optional.ofNullable(e.getMessage()));
        } catch (DomainException e) {
            // provider.unavailable (timeout, 5xx, open circuit), provider.api_credentials_missing, ...
            return new Outcome(UpstreamDisconnect.Status.FAILED, Optional.of(e.errorCode().code()),
                    Optional.ofNullable(e.getMessage()));
        }
    }

    private static DomainException notFound(NumberId id) {
        return new DomainException(ErrorCode.DISCONNECT_NOT_FOUND, "number " + id
                + " has no upstream disconnect: retire it with disconnect_upstream: true");
    }
}
