package com.numberinventory.adapters.upstream.telnyx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.numberinventory.adapters.upstream.shared.HttpProviderNumberApi;
import com.numberinventory.adapters.upstream.shared.Offers;
import com.numberinventory.adapters.upstream.shared.UpstreamConfig;
import com.numberinventory.adapters.upstream.shared.UpstreamHttp;
import com.numberinventory.adapters.upstream.shared.UpstreamHttp.Answer;
import com.numberinventory.adapters.upstream.shared.UpstreamHttp.Call;
import com.numberinventory.application.port.out.providers.upstream.AvailableNumberQuery;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOffer;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOrder;
import com.numberinventory.domain.number.Capabilities;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.numberinventory.adapters.upstream.shared.UpstreamHttp.enc;

/**
 * Calls to Telnyx's API v2 (bearer API key): number search ({@code GET /v2/available_phone_numbers} with
 * {@code filter[...]}), number orders ({@code POST /v2/number_orders} with {@code phone_numbers[{phone_number}]}
 * and {@code customer_reference} = this service's order id), the account's numbers ({@code GET /v2/phone_numbers}
 * paged by {@code page[number]}/{@code page[size]}) and release ({@code DELETE /v2/phone_numbers/{id}}).
 *
 * <p>Errors are Telnyx's {@code {"errors": [{"code", "title", "detail"}]}}; the first code becomes
 * {@code provider_code}. Assumptions where Telnyx's docs are not explicit: {@code filter[phone_number][starts_with]}
 * takes the national number (the country calling code is stripped from our E.164-digit pattern);
 * {@code contains} is not sent (Telnyx accepts it only together with a national destination code) and every
 * pattern is checked again here; a number order's per-number {@code status} {@code success} means held,
 * {@code failure} refused, anything else pending until {@code number_order.complete}. Release looks the number's
 * Telnyx id up by E.164 ({@code filter[phone_number]}): the id a number order answers is the order line's, not the
 * phone number's. A 404 on release means Telnyx no longer holds it: done.
 */
@ApplicationScoped
public class TelnyxNumberApi extends HttpProviderNumberApi {

    static final int PAGE_SIZE = 250;

    @Inject
    public TelnyxNumberApi(UpstreamHttp http, UpstreamConfig config) {
        this(http, config.telnyx().baseUrl());
    }

    public TelnyxNumberApi(UpstreamHttp http, String baseUrl) {
        super(ProviderKind.TELNYX, http, baseUrl);
    }

    @Override
    public List<UpstreamOffer> searchAvailable(ProviderAccount account, AvailableNumberQuery query) {
        StringBuilder q = new StringBuilder("/v2/available_phone_numbers?")
                .append(enc("filter[country_code]")).append('=').append(enc(query.countryCode().value()));
        String callingCode = String.valueOf(PhoneNumberUtil.getInstance()
                .getCountryCodeForRegion(query.countryCode().value()));
        query.startsWith().filter(p -> p.startsWith(callingCode) && p.length() > callingCode.length())
                .ifPresent(p -> q.append('&').append(enc("filter[phone_number][starts_with]")).append('=')
                        .append(enc(p.substring(callingCode.length()))));
        query.endsWith().ifPresent(p -> q.append('&').append(enc("filter[phone_number][ends_with]")).append('=')
                .append(enc(p)));
        query.capability().ifPresent(c -> q.append('&').append(enc("filter[features][]")).append('=')
                .append(enc(c.wireName())));
        q.append('&').append(enc("filter[limit]")).append('=').append(query.limit());
        Answer answer = send(account, "telnyx GET /v2/available_phone_numbers", Call.get(q.toString()));
        requireOk(answer);
        JsonNode data = answer.json().path("data");
        if (!data.isArray()) {
            throw answer.unexpected("data[]");
        }
        List<UpstreamOffer> offers = new ArrayList<>();
        for (JsonNode n : data) {
            Optional<E164> e164 = Offers.text(n, "phone_number").flatMap(E164::tryParse);
            if (e164.isEmpty()) {
                continue;
            }
            Capabilities caps = Offers.capabilities(n.path("features"));
            if (!Offers.matches(query, e164.get(), caps)) {
                continue;
            }
            JsonNode cost = n.path("cost_information");
            String currency = Offers.text(cost, "currency").orElse(null);
            offers.add(new UpstreamOffer(e164.get(), Optional.empty(), caps,
                    Offers.decimal(Offers.text(cost, "monthly_cost").orElse(null), currency),
                    Offers.decimal(Offers.text(cost, "upfront_cost").orElse(null), currency),
                    region(n.path("region_information"))));
            if (offers.size() == query.limit()) {
                break;
            }
        }
        return offers;
    }

    /** The most specific region Telnyx names (rate center, state, ...), not the country. */
    private static Optional<String> region(JsonNode regions) {
        if (regions.isArray()) {
            for (JsonNode r : regions) {
                if (!"country_code".equals(r.path("region_type").asText())) {
                    Optional<String> name = Offers.text(r, "region_name");
                    if (name.isPresent()) {
                        return name;
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public OrderPlacement placeOrder(ProviderAccount account, UpstreamOrder order) {
        ObjectNode body = UpstreamHttp.json().createObjectNode();
        ArrayNode numbers = body.putArray("phone_numbers");
        order.e164s().forEach(e -> numbers.addObject().put("phone_number", e.value()));
        body.put("customer_reference", order.reference());
        Answer answer = send(account, "telnyx POST /v2/number_orders",
                Call.post("/v2/number_orders", body));
        requireOk(answer);
        JsonNode data = answer.json().path("data");
        Optional<String> orderId = Offers.text(data, "id");
        if (orderId.isEmpty()) {
            throw answer.unexpected("data.id");
        }
        Map<String, JsonNode> lines = new HashMap<>();
        for (JsonNode line : data.path("phone_numbers")) {
            Offers.text(line, "phone_number").ifPresent(p -> lines.put(p, line));
        }
        List<NumberResult> results = new ArrayList<>();
        for (E164 e164 : order.e164s()) {
            JsonNode line = lines.get(e164.value());
            String status = line == null ? "pending" : line.path("status").asText("pending");
            Optional<String> lineId = line == null ? Optional.empty() : Offers.text(line, "id");
            results.add(switch (status) {
                case "success" -> new NumberResult(e164, NumberResult.Outcome.COMPLETED, lineId, Optional.empty(),
                        Optional.empty());
                case "failure" -> new NumberResult(e164, NumberResult.Outcome.FAILED, lineId,
                        Optional.of("number_order.failure"), Optional.of("telnyx could not order this number"));
                default -> new NumberResult(e164, NumberResult.Outcome.PENDING, lineId, Optional.empty(),
                        Optional.empty());
            });
        }
        return new OrderPlacement(orderId, results);
    }

    @Override
    public DisconnectOutcome disconnect(ProviderAccount account, UpstreamNumber number) {
        Answer found = send(account, "telnyx GET /v2/phone_numbers",
                Call.get("/v2/phone_numbers?" + enc("filter[phone_number]") + "=" + enc(number.e164().value())
                        + "&" + enc("page[size]") + "=1"));
        requireOk(found);
        JsonNode data = found.json().path("data");
        Optional<String> id = data.isArray() && !data.isEmpty() ? Offers.text(data.get(0), "id") : Optional.empty();
        if (id.isEmpty()) {
            return disconnected(Optional.of("telnyx holds no such number for this account"));
        }
        // Deleting a number Telnyx already deleted answers 404, which is done: the call is idempotent, so retried.
        Answer answer = send(account, "telnyx DELETE /v2/phone_numbers/{id}",
                Call.delete("/v2/phone_numbers/" + enc(id.get()), true));
        if (answer.ok() || answer.status() == 404) {
            return disconnected(Optional.empty());
        }
        return disconnectRefused(answer);
    }

    @Override
    public HeldPage listHeld(ProviderAccount account, Optional<String> pageToken) {
        int page = pageToken.map(TelnyxNumberApi::pageNumber).orElse(1);
        Answer answer = send(account, "telnyx GET /v2/phone_numbers",
                Call.get("/v2/phone_numbers?" + enc("page[number]") + "=" + page + "&" + enc("page[size]") + "="
                        + PAGE_SIZE));
        requireOk(answer);
        JsonNode json = answer.json();
        JsonNode data = json.path("data");
        if (!data.isArray()) {
            throw answer.unexpected("data[]");
        }
        List<HeldNumber> held = heldNumbers(data, "phone_number", n -> Offers.text(n, "id"), TelnyxNumberApi::held);
        JsonNode meta = json.path("meta");
        int totalPages = meta.path("total_pages").asInt(0);
        int current = meta.path("page_number").asInt(page);
        Optional<String> next = current < totalPages ? Optional.of(String.valueOf(current + 1)) : Optional.empty();
        return new HeldPage(held, next);
    }

    static HeldNumber.HeldStatus held(String status) {
        return switch (status) {
            case "active" -> HeldNumber.HeldStatus.ACTIVE;
            case "port-out-pending", "deleted", "ported-out" -> HeldNumber.HeldStatus.RELEASING;
            default -> status.endsWith("-pending") ? HeldNumber.HeldStatus.PENDING : HeldNumber.HeldStatus.OTHER;
        };
    }

    /** Telnyx's first error: its code becomes provider_code. */
    @Override
    protected ProviderError error(Answer answer) {
        JsonNode first = answer.jsonOrMissing().path("errors").path(0);
        String code = Offers.text(first, "code").orElse("http_" + answer.status());
        String detail = Offers.text(first, "detail").or(() -> Offers.text(first, "title"))
                .orElse("HTTP " + answer.status());
        return new ProviderError(code, detail);
    }
}
