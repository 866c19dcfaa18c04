package com.numberinventory.application.port.out.providers.upstream;

import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;

import java.util.List;
import java.util.Optional;

/**
 * A provider's own number API, the other half of its webhooks: what the account can order, ordering it, giving it
 * back, and what the account holds. One adapter per {@link ProviderKind}, over HTTP.
 *
 * <p>Failures are {@link ProviderUnavailableException} (timeout, connection refused, 5xx, circuit open: the call may
 * or may not have acted) or {@link ProviderRejectedException} (the provider answered and refused, with its own error
 * code). Per-number refusals inside an order are results, not exceptions.
 */
public interface ProviderNumberApi {

    ProviderKind kind();

    /**
     * Numbers the provider offers now; an empty list when nothing matches. A kind that has no search (Zipwhip
     * provisions lines the account already has) throws a {@code DomainException} with
     * {@code provider.search_unsupported}.
     */
    List<UpstreamOffer> searchAvailable(ProviderAccount account, AvailableNumberQuery query);

    /**
     * Orders (claims, provisions) the numbers. {@code order.reference()} is this service's order id and is sent as the
     * provider's idempotency or reference field, so a retry after a timeout does not order twice.
     */
    OrderPlacement placeOrder(ProviderAccount account, UpstreamOrder order);

    /** Gives a number back to the provider (release, disconnect, de-provision). */
    DisconnectOutcome disconnect(ProviderAccount account, UpstreamNumber number);

    /** One page of the numbers the account holds; {@code pageToken} empty for the first page. */
    HeldPage listHeld(ProviderAccount account, Optional<String> pageToken);

    /** Finds the adapter for a provider kind. */
    interface Registry {
        ProviderNumberApi forKind(ProviderKind kind);
    }

    /** A number as the provider knows it: its E.164 and the provider's own id for it, when it has one. */
    record UpstreamNumber(E164 e164, Optional<String> upstreamId) {
    }

    /**
     * One number's result in an order. {@code requestId} is the provider's id of the request for this one number
     * when it has one per number (Zipwhip's {@code requestId}, echoed by its {@code provision/add} webhook).
     */
    record NumberResult(E164 e164, Outcome outcome, Optional<String> upstreamId, Optional<String> errorCode,
                        Optional<String> errorDetail, Optional<String> requestId) {

        public NumberResult(E164 e164, Outcome outcome, Optional<String> upstreamId, Optional<String> errorCode,
                            Optional<String> errorDetail) {
            this(e164, outcome, upstreamId, errorCode, errorDetail, Optional.empty());
        }

        public enum Outcome {
            /** The provider holds it for us now (a synchronous claim). */
            COMPLETED,
            /** Accepted; the provider's webhook or a later read completes it. */
            PENDING,
            /** Refused for this number, with the provider's error code. */
            FAILED
        }
    }

    /** The provider's answer to an order: its own order or request id (to match the webhook) and per-number results. */
    record OrderPlacement(Optional<String> upstreamOrderId, List<NumberResult> results) {
    }

    /** The provider's answer to a disconnect. */
    record DisconnectOutcome(Status status, Optional<String> errorCode, Optional<String> errorDetail) {
        public enum Status { DONE, PENDING, FAILED }
    }

    /** One page of held numbers. */
    record HeldPage(List<HeldNumber> numbers, Optional<String> nextPageToken) {
    }

    /** A number the account holds at the provider, with the provider's status mapped to ours. */
    record HeldNumber(UpstreamNumber number, HeldStatus status, Optional<String> upstreamStatus) {
        public enum HeldStatus { ACTIVE, PENDING, RELEASING, OTHER }
    }
}
