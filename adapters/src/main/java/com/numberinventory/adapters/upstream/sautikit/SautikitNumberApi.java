package com.numberinventory.adapters.upstream.sautikit;

import com.fasterxml.jackson.databind.JsonNode;
import com.numberinventory.adapters.upstream.shared.HttpProviderNumberApi;
import com.numberinventory.adapters.upstream.shared.Offers;
import com.numberinventory.adapters.upstream.shared.UpstreamConfig;
import com.numberinventory.adapters.upstream.shared.UpstreamHttp;
import com.numberinventory.adapters.upstream.shared.UpstreamHttp.Answer;
import com.numberinventory.adapters.upstream.shared.UpstreamHttp.Call;
import com.numberinventory.application.port.out.providers.upstream.AvailableNumberQuery;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderRejectedException;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOffer;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOrder;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.numberinventory.adapters.upstream.shared.UpstreamHttp.enc;

/**
 * Calls to Sautikit's number API (bearer API key), as its "Phone Numbers" concept page and "Claim and Route a
 * Number" guide show it: browse {@code GET /v1/numbers/available?country=KE&capability=voice} (a JSON array of
 * {@code {id, number, country, capabilities, monthly_price_minor, currency, ...}}), claim
 * {@code POST /v1/numbers/{inventory id}/claim} (answers the tenant number {@code {id, number, status: active}}),
 * release. Errors are {@code {"error": {"code", "message"}}}: {@code numbers.already_claimed} (409),
 * {@code wallet.insufficient_funds} (402; the concept page spells it {@code wallet_insufficient_funds}, both are
 * read), {@code api_key.*} (401/403).
 *
 * <p>Assumptions where the docs are silent: the digit patterns are not Sautikit filters (they are applied here on
 * the array it answers); the claim takes an {@code Idempotency-Key} header (Sautikit documents
 * {@code idempotency.conflict}), sent as {@code <order reference>:<e164 digits>}; release is
 * {@code POST /v1/numbers/{tenant number id}/release}, and a 404 there means Sautikit no longer holds it (done);
 * the account's numbers are {@code GET /v1/numbers?limit=&cursor=} answering {@code {data, next_cursor}} (or a
 * bare array, then one page). A claim that times out may have happened: its number is reported failed with
 * {@code provider.unavailable}, and Sautikit's {@code number.provisioned} webhook or a reconciliation settles it.
 */
@ApplicationScoped
public class SautikitNumberApi extends HttpProviderNumberApi {

    static final int PAGE_SIZE = 100;
    static final String INSUFFICIENT_FUNDS = "wallet.insufficient_funds";

    @Inject
    public SautikitNumberApi(UpstreamHttp http, UpstreamConfig config) {
        this(http, config.sautikit().baseUrl());
    }

    public SautikitNumberApi(UpstreamHttp http, String baseUrl) {
        super(ProviderKind.SAUTIKIT, http, baseUrl);
    }

    @Override
    public List<UpstreamOffer> searchAvailable(ProviderAccount account, AvailableNumberQuery query) {
        StringBuilder q = new StringBuilder("/v1/numbers/available?country=").append(enc(query.countryCode().value()));
        query.capability().ifPresent(c -> q.append("&capability=").append(enc(c.wireName())));
        Answer answer = send(account, "sautikit GET /v1/numbers/available", Call.get(q.toString()));
        requireOk(answer);
        JsonNode items = numbers(answer, answer.json());
        List<UpstreamOffer> offers = new ArrayList<>();
        for (JsonNode n : items) {
            Optional<E164> e164 = Offers.text(n, "number").flatMap(E164::tryParse);
            if (e164.isEmpty()) {
                continue;
            }
            Capabilities caps = Offers.capabilities(n.path("capabilities"));
            if (!Offers.matches(query, e164.get(), caps)) {
                continue;
            }
            Optional<String> currency = Offers.text(n, "currency");
            JsonNode monthly = n.path("monthly_price_minor");
            offers.add(new UpstreamOffer(e164.get(), Offers.text(n, "id"), caps,
                    monthly.canConvertToLong() && currency.isPresent()
                            ? Offers.minor(monthly.asLong(), currency.get()) : Optional.empty(),
                    Optional.empty(), Optional.empty()));
            if (offers.size() == query.limit()) {
                break;
            }
        }
        return offers;
    }

    @Override
    public OrderPlacement placeOrder(ProviderAccount account, UpstreamOrder order) {
        List<NumberResult> results = new ArrayList<>();
        Optional<String> stopped = Optional.empty();
        for (UpstreamNumber number : order.numbers()) {
            E164 e164 = number.e164();
            if (stopped.isPresent()) {
                results.add(failed(e164, stopped.get(), "not attempted: an earlier claim of this order was refused"));
                continue;
            }
            if (number.upstreamId().isEmpty()) {
                results.add(failed(e164, "numbers.not_found", "sautikit claims by its inventory id; search first"));
                continue;
            }
            Optional<Answer> claim = sendForNumber(results, e164, account, "sautikit POST /v1/numbers/{id}/claim",
                    Call.post("/v1/numbers/" + enc(number.upstreamId().get()) + "/claim", null)
                            .withHeader("Idempotency-Key", order.reference() + ":" + e164.digits()));
            if (claim.isEmpty()) {
                continue;
            }
            Answer answer = claim.get();
            if (answer.ok()) {
                JsonNode claimed = answer.json();
                results.add(new NumberResult(e164, NumberResult.Outcome.COMPLETED, Offers.text(claimed, "id"),
                        Optional.empty(), Optional.empty()));
                continue;
            }
            ProviderError error = error(answer);
            if (keyRefused(answer)) {
                throw new ProviderRejectedException(error.code(), "sautikit refused the API key (HTTP "
                        + answer.status() + "): " + error.detail());
            }
            results.add(failed(e164, error.code(), error.detail()));
            if (error.code().equals(INSUFFICIENT_FUNDS)) {
                stopped = Optional.of(INSUFFICIENT_FUNDS);
            }
        }
        return new OrderPlacement(Optional.empty(), results);
    }

    @Override
    public DisconnectOutcome disconnect(ProviderAccount account, UpstreamNumber number) {
        Optional<String> id = number.upstreamId().or(() -> findHeld(account, number.e164()));
        if (id.isEmpty()) {
            return disconnected(Optional.of("sautikit holds no such number for this account"));
        }
        Answer answer = send(account, "sautikit POST /v1/numbers/{id}/release",
                Call.post("/v1/numbers/" + enc(id.get()) + "/release", null));
        if (answer.ok() || answer.status() == 404) {
            return disconnected(Optional.empty());
        }
        return disconnectRefused(answer);
    }

    /** The tenant number id of a held number, walking the account's pages (bounded). */
    private Optional<String> findHeld(ProviderAccount account, E164 e164) {
        Optional<String> token = Optional.empty();
        for (int page = 0; page < 100; page++) {
            HeldPage held = listHeld(account, token);
            for (HeldNumber h : held.numbers()) {
                if (h.number().e164().equals(e164) && h.status() != HeldNumber.HeldStatus.RELEASING) {
                    return h.number().upstreamId();
                }
            }
            token = held.nextPageToken();
            if (token.isEmpty()) {
                break;
            }
        }
        return Optional.empty();
    }

    @Override
    public HeldPage listHeld(ProviderAccount account, Optional<String> pageToken) {
        String path = "/v1/numbers?limit=" + PAGE_SIZE + pageToken.map(t -> "&cursor=" + enc(t)).orElse("");
        Answer answer = send(account, "sautikit GET /v1/numbers", Call.get(path));
        requireOk(answer);
        JsonNode json = answer.json();
        List<HeldNumber> held = heldNumbers(numbers(answer, json), "number", n -> Offers.text(n, "id"),
                SautikitNumberApi::held);
        Optional<String> next = json.isArray() ? Optional.empty() : Offers.text(json, "next_cursor");
        return new HeldPage(held, next);
    }

    /** A tenant number's status: active and suspended are held; released is on its way back. */
    static HeldNumber.HeldStatus held(String status) {
        return switch (status) {
            case "active", "suspended", "assigned" -> HeldNumber.HeldStatus.ACTIVE;
            case "reserved" -> HeldNumber.HeldStatus.PENDING;
            case "released" -> HeldNumber.HeldStatus.RELEASING;
            default -> HeldNumber.HeldStatus.OTHER;
        };
    }

    /** The numbers of a listing's answer: a bare array, or its {@code data}. */
    private static JsonNode numbers(Answer answer, JsonNode json) {
        JsonNode items = json.isArray() ? json : json.path("data");
        if (!items.isArray()) {
            throw answer.unexpected("an array of numbers");
        }
        return items;
    }

    @Override
    protected ProviderError error(Answer answer) {
        JsonNode error = answer.jsonOrMissing().path("error");
        String code = Offers.text(error, "code").orElse(answer.status() == 402 ? INSUFFICIENT_FUNDS
                : "http_" + answer.status());
        if (code.equals("wallet_insufficient_funds")) {
            code = INSUFFICIENT_FUNDS;
        }
        String detail = Offers.text(error, "message").orElse("HTTP " + answer.status());
        return new ProviderError(code, detail);
    }
}
