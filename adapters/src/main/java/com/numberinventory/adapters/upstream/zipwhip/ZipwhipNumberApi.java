package com.numberinventory.adapters.upstream.zipwhip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.numberinventory.adapters.upstream.shared.UpstreamHttp.enc;

/**
 * Calls to Zipwhip's 10DLC A2P v3 provisioning API: provision a line (a number the account already has) to a
 * campaign with {@code POST /v3/lines}, which answers 202 Accepted with a {@code requestId} that the
 * {@code provision/add} webhook later echoes with its {@code statusCode} (200 provisioned, 41010 not provisioned,
 * 42030 campaign not active); de-provision a line, confirmed by {@code provision/delete} (200 deleted).
 * Zipwhip has no number search: {@link #searchAvailable} answers {@code provider.search_unsupported}.
 *
 * <p>Zipwhip's public page names the steps but not the request shapes, so these are assumptions: the body of
 * {@code POST /v3/lines} is {@code {"lineNumber": "<E.164>", "campaignId": "..."}}, one request per line; the
 * de-provision is {@code DELETE /v3/lines/{E.164}} answering 202 with a {@code requestId} (a 404 means no such
 * line: done); the account's lines are {@code GET /v3/lines?page=&size=} answering {@code {lines|data: [{lineNumber,
 * status, campaignId}]}}, a short page being the last; an error body carries {@code code}, {@code statusCode} or
 * {@code errorCode}; authentication (not documented yet) is the account's key as a bearer token.
 */
@ApplicationScoped
public class ZipwhipNumberApi extends HttpProviderNumberApi {

    static final int PAGE_SIZE = 100;

    @Inject
    public ZipwhipNumberApi(UpstreamHttp http, UpstreamConfig config) {
        this(http, config.zipwhip().baseUrl());
    }

    public ZipwhipNumberApi(UpstreamHttp http, String baseUrl) {
        super(ProviderKind.ZIPWHIP, http, baseUrl);
    }

    @Override
    public List<UpstreamOffer> searchAvailable(ProviderAccount account, AvailableNumberQuery query) {
        throw new DomainException(ErrorCode.PROVIDER_SEARCH_UNSUPPORTED, "zipwhip has no number search: it "
                + "provisions lines the account already has to 10DLC campaigns");
    }

    @Override
    public OrderPlacement placeOrder(ProviderAccount account, UpstreamOrder order) {
        String campaign = order.campaignId().filter(c -> !c.isBlank())
                .orElseThrow(() -> DomainException.invalidField("campaign_id", "is required for zipwhip: a line "
                        + "is provisioned to a 10DLC campaign"));
        List<NumberResult> results = new ArrayList<>();
        for (E164 e164 : order.e164s()) {
            ObjectNode body = UpstreamHttp.json().createObjectNode();
            body.put("lineNumber", e164.value());
            body.put("campaignId", campaign);
            Optional<Answer> line = sendForNumber(results, e164, account, "zipwhip POST /v3/lines",
                    Call.post("/v3/lines", body));
            if (line.isEmpty()) {
                continue;
            }
            Answer answer = line.get();
            if (answer.ok()) {
                Optional<String> requestId = Offers.text(answer.json(), "requestId");
                results.add(new NumberResult(e164, NumberResult.Outcome.PENDING, Optional.empty(), Optional.empty(),
                        Optional.empty(), requestId));
                continue;
            }
            ProviderError error = error(answer);
            if (keyRefused(answer)) {
                throw new ProviderRejectedException(error.code(), "zipwhip refused the API key (HTTP "
                        + answer.status() + ")");
            }
            results.add(failed(e164, error.code(), error.detail()));
        }
        Optional<String> orderId = results.size() == 1 ? results.get(0).requestId() : Optional.empty();
        return new OrderPlacement(orderId, results);
    }

    @Override
    public DisconnectOutcome disconnect(ProviderAccount account, UpstreamNumber number) {
        Answer answer = send(account, "zipwhip DELETE /v3/lines/{lineNumber}",
                Call.delete("/v3/lines/" + enc(number.e164().value()), true));
        if (answer.status() == 404) {
            return disconnected(Optional.of("zipwhip has no such line"));
        }
        if (answer.status() == 202) {
            return new DisconnectOutcome(DisconnectOutcome.Status.PENDING, Optional.empty(),
                    Offers.text(answer.json(), "requestId").map(r -> "requestId " + r));
        }
        if (answer.ok()) {
            return disconnected(Optional.empty());
        }
        return disconnectRefused(answer);
    }

    @Override
    public HeldPage listHeld(ProviderAccount account, Optional<String> pageToken) {
        int page = pageToken.map(ZipwhipNumberApi::pageNumber).orElse(1);
        Answer answer = send(account, "zipwhip GET /v3/lines",
                Call.get("/v3/lines?page=" + page + "&size=" + PAGE_SIZE));
        if (!answer.ok()) {
            ProviderError e = error(answer);
            throw new ProviderRejectedException(e.code(), "zipwhip refused (HTTP " + answer.status() + "): "
                    + e.detail());
        }
        JsonNode json = answer.json();
        JsonNode items = json.isArray() ? json : json.has("lines") ? json.path("lines") : json.path("data");
        if (!items.isArray()) {
            throw answer.unexpected("an array of lines");
        }
        List<HeldNumber> held = heldNumbers(items, "lineNumber", n -> Optional.empty(), ZipwhipNumberApi::held);
        return new HeldPage(held, items.size() < PAGE_SIZE ? Optional.empty() : Optional.of(String.valueOf(page + 1)));
    }

    static HeldNumber.HeldStatus held(String status) {
        return switch (status.toLowerCase(java.util.Locale.ROOT)) {
            case "provisioned", "active", "completed" -> HeldNumber.HeldStatus.ACTIVE;
            case "pending", "in_progress", "processing" -> HeldNumber.HeldStatus.PENDING;
            case "deleting", "deprovisioning", "cancel_pending" -> HeldNumber.HeldStatus.RELEASING;
            default -> HeldNumber.HeldStatus.OTHER;
        };
    }

    @Override
    protected ProviderError error(Answer answer) {
        JsonNode b = answer.jsonOrMissing();
        String code = Offers.text(b, "code").or(() -> Offers.text(b, "statusCode"))
                .or(() -> Offers.text(b, "errorCode")).orElse("http_" + answer.status());
        String detail = Offers.text(b, "description").or(() -> Offers.text(b, "message"))
                .orElse("HTTP " + answer.status());
        return new ProviderError(code, detail);
    }
}
