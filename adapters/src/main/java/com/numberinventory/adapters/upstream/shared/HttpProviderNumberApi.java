package com.numberinventory.adapters.upstream.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.numberinventory.adapters.upstream.shared.UpstreamHttp.Answer;
import com.numberinventory.adapters.upstream.shared.UpstreamHttp.Call;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi;
import com.numberinventory.application.port.out.providers.upstream.ProviderRejectedException;
import com.numberinventory.application.port.out.providers.upstream.ProviderUnavailableException;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the provider adapters share around {@link UpstreamHttp}: the calls to the account's base URL (or the
 * provider's default), the provider's error read by each adapter its own way and turned into the port's outcomes
 * the same way, and the reading of the account's held numbers.
 */
public abstract class HttpProviderNumberApi implements ProviderNumberApi {

    private final ProviderKind kind;
    private final UpstreamHttp http;
    private final String baseUrl;

    /** For the client proxy CDI makes of a subclass; never called to build a working adapter. */
    protected HttpProviderNumberApi() {
        this(null, null, null);
    }

    protected HttpProviderNumberApi(ProviderKind kind, UpstreamHttp http, String baseUrl) {
        this.kind = kind;
        this.http = http;
        this.baseUrl = baseUrl;
    }

    @Override
    public ProviderKind kind() {
        return kind;
    }

    /** A provider's error answer: its own code (else {@code http_<status>}) and detail, at most 300 characters. */
    public record ProviderError(String code, String detail) {
        public ProviderError {
            detail = detail.length() > 300 ? detail.substring(0, 300) : detail;
        }
    }

    /** The provider's error in an answer that is not 2xx. */
    protected abstract ProviderError error(Answer answer);

    /** @param what names the call in messages and logs, e.g. {@code "telnyx GET /v2/phone_numbers"} */
    protected Answer send(ProviderAccount account, String what, Call call) {
        return http.send(account, baseUrl, what, call);
    }

    /** A 4xx is the provider refusing the call: its error code becomes provider_code. */
    protected void requireOk(Answer answer) {
        if (!answer.ok()) {
            ProviderError e = error(answer);
            throw new ProviderRejectedException(e.code(), kind.wireName() + " refused (HTTP " + answer.status() + " "
                    + e.code() + "): " + e.detail());
        }
    }

    /**
     * One number's call of an order the provider takes one number a call. The provider unavailable on the first
     * number fails the whole order (nothing happened yet); on a later one only that number is failed, and the
     * numbers before it stand. Empty when the number was so failed.
     */
    protected Optional<Answer> sendForNumber(List<NumberResult> results, E164 e164, ProviderAccount account,
                                             String what, Call call) {
        try {
            return Optional.of(send(account, what, call));
        } catch (ProviderUnavailableException e) {
            if (results.isEmpty()) {
                throw e;
            }
            results.add(failed(e164, "provider.unavailable", e.getMessage()));
            return Optional.empty();
        }
    }

    /** Whether the provider refused the account's API key itself (the whole order stops). */
    protected static boolean keyRefused(Answer answer) {
        return answer.status() == 401 || answer.status() == 403;
    }

    protected static NumberResult failed(E164 e164, String code, String detail) {
        return new NumberResult(e164, NumberResult.Outcome.FAILED, Optional.empty(), Optional.of(code),
                Optional.of(detail));
    }

    /** The number is no longer held (or never was, as {@code note} says). */
    protected static DisconnectOutcome disconnected(Optional<String> note) {
        return new DisconnectOutcome(DisconnectOutcome.Status.DONE, Optional.empty(), note);
    }

    /** The provider refused the disconnect: its error code and detail. */
    protected DisconnectOutcome disconnectRefused(Answer answer) {
        ProviderError error = error(answer);
        return new DisconnectOutcome(DisconnectOutcome.Status.FAILED, Optional.of(error.code()),
                Optional.of(error.detail()));
    }

    /**
     * The held numbers of a page: {@code numberField} holds the E.164 (items without a valid one are skipped),
     * {@code status} the provider's status, read with {@code heldStatus} ({@code OTHER} when absent).
     */
    protected static List<HeldNumber> heldNumbers(JsonNode items, String numberField,
                                                  Function<JsonNode, Optional<String>> upstreamId,
                                                  Function<String, HeldNumber.HeldStatus> heldStatus) {
        List<HeldNumber> held = new ArrayList<>();
        for (JsonNode n : items) {
            Optional<E164> e164 = Offers.text(n, numberField).flatMap(E164::tryParse);
            if (e164.isEmpty()) {
                continue;
            }
            Optional<String> status = Offers.text(n, "status");
            held.add(new HeldNumber(new UpstreamNumber(e164.get(), upstreamId.apply(n)),
                    status.map(heldStatus).orElse(HeldNumber.HeldStatus.OTHER), status));
        }
        return held;
    }

    /** A page number token of ours, 1 for anything else. */
    protected static int pageNumber(String token) {
        try {
            return Math.max(1, Integer.parseInt(token));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
