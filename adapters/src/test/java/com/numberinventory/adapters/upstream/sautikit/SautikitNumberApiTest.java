package com.numberinventory.adapters.upstream.sautikit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.numberinventory.adapters.upstream.shared.UpstreamTestSupport;
import com.numberinventory.application.port.out.providers.upstream.AvailableNumberQuery;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.DisconnectOutcome;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.NumberResult;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.OrderPlacement;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.UpstreamNumber;
import com.numberinventory.application.port.out.providers.upstream.ProviderUnavailableException;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOffer;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOrder;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SautikitNumberApiTest {

    @RegisterExtension
    static WireMockExtension sautikit = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String INVENTORY = """
            [{"id": "01900000-0000-7000-8000-000000000001", "number": "+254700000001", "country": "KE",
              "capabilities": ["voice"], "monthly_price_minor": 10000, "inbound_per_min_minor": 0,
              "outbound_per_min_minor": 300, "currency": "KES"},
             {"id": "01900000-0000-7000-8000-000000000042", "number": "+254700000042", "country": "KE",
              "capabilities": ["voice"], "monthly_price_minor": 10000, "inbound_per_min_minor": 0,
              "outbound_per_min_minor": 300, "currency": "KES"}]""";

    SautikitNumberApi api;
    ProviderAccount account;

    @BeforeEach
    void setUp() {
        api = new SautikitNumberApi(UpstreamTestSupport.http(new UpstreamTestSupport.MovableClock()),
                "https://api.sautikit.invalid");
        account = UpstreamTestSupport.account(ProviderKind.SAUTIKIT, sautikit.baseUrl());
    }

    private static UpstreamNumber offered(String e164, String inventoryId) {
        return new UpstreamNumber(E164.parse("e164", e164), Optional.of(inventoryId));
    }

    @Test
    void the_inventory_is_browsed_by_country_and_capability_and_the_patterns_apply_here() {
        sautikit.stubFor(get(urlPathEqualTo("/v1/numbers/available")).withQueryParam("country", equalTo("KE"))
                .withQueryParam("capability", equalTo("voice"))
                .withHeader("Authorization", equalTo("Bearer " + UpstreamTestSupport.KEY))
                .willReturn(okJson(INVENTORY)));

        List<UpstreamOffer> offers = api.searchAvailable(account, new AvailableNumberQuery(new CountryCode("KE"),
                Optional.of(Capability.VOICE), Optional.of("2547"), Optional.empty(), Optional.of("42"), 10));

        assertEquals(1, offers.size());
        assertEquals("+254700000042", offers.get(0).e164().value());
        assertEquals(Optional.of("01900000-0000-7000-8000-000000000042"), offers.get(0).upstreamId());
        assertEquals(Optional.of(new Money(10000, "KES")), offers.get(0).monthlyPrice());
    }

    @Test
    void a_claim_completes_at_once_with_the_tenant_number_id() {
        sautikit.stubFor(post("/v1/numbers/01900000-0000-7000-8000-000000000001/claim")
                .withHeader("Idempotency-Key", equalTo("ord-1:254700000001"))
                .willReturn(okJson("""
                        {"id": "01900000-0000-7000-8000-000000000002", "number": "+254700000001",
                         "status": "active", "currency": "KES", "monthly_price_minor": 10000,
                         "created_at": "2026-06-27T12:00:00Z"}""")));

        OrderPlacement placed = api.placeOrder(account, new UpstreamOrder("ord-1",
                List.of(offered("+254700000001", "01900000-0000-7000-8000-000000000001")), Optional.empty()));

        NumberResult r = placed.results().get(0);
        assertEquals(NumberResult.Outcome.COMPLETED, r.outcome());
        assertEquals(Optional.of("01900000-0000-7000-8000-000000000002"), r.upstreamId());
    }

    @Test
    void a_number_claimed_by_someone_else_fails_alone_and_an_empty_wallet_stops_the_order() {
        sautikit.stubFor(post("/v1/numbers/a/claim").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": "numbers.already_claimed",
                          "message": "number already assigned to another workspace", "request_id": "req_01900000abc"}}""")));
        sautikit.stubFor(post("/v1/numbers/b/claim").willReturn(aResponse().withStatus(402)
                .withHeader("Content-Type", "application/json").withBody("""
                        { "error": { "code": "wallet.insufficient_funds", "message": "insufficient wallet balance" } }""")));

        OrderPlacement placed = api.placeOrder(account, new UpstreamOrder("ord-2", List.of(
                offered("+254700000001", "a"), offered("+254700000002", "b"), offered("+254700000003", "c")),
                Optional.empty()));

        assertEquals(List.of(Optional.of("numbers.already_claimed"), Optional.of("wallet.insufficient_funds"),
                        Optional.of("wallet.insufficient_funds")),
                placed.results().stream().map(NumberResult::errorCode).toList());
        sautikit.verify(0, postRequestedFor(urlPathEqualTo("/v1/numbers/c/claim")));
    }

    @Test
    void a_claim_is_sent_once_even_when_sautikit_fails() {
        sautikit.stubFor(post(urlPathMatching("/v1/numbers/.*/claim")).willReturn(aResponse().withStatus(503)));

        assertThrows(ProviderUnavailableException.class, () -> api.placeOrder(account, new UpstreamOrder("ord-3",
                List.of(offered("+254700000001", "a")), Optional.empty())));

        sautikit.verify(1, postRequestedFor(urlPathMatching("/v1/numbers/.*/claim")));
    }

    @Test
    void a_release_by_the_tenant_number_id_is_done() {
        sautikit.stubFor(post("/v1/numbers/01900000-0000-7000-8000-000000000002/release")
                .willReturn(okJson("{\"id\": \"01900000-0000-7000-8000-000000000002\", \"status\": \"released\"}")));

        DisconnectOutcome outcome = api.disconnect(account,
                offered("+254700000001", "01900000-0000-7000-8000-000000000002"));

        assertEquals(DisconnectOutcome.Status.DONE, outcome.status());
    }

    @Test
    void a_release_without_the_id_finds_it_among_the_held_numbers() {
        sautikit.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson("""
                {"data": [{"id": "t-9", "number": "+254700000009", "status": "active"}], "next_cursor": null}""")));
        sautikit.stubFor(post("/v1/numbers/t-9/release").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"numbers.not_found\", \"message\": \"no such number\"}}")));

        DisconnectOutcome outcome = api.disconnect(account,
                new UpstreamNumber(E164.parse("e164", "+254700000009"), Optional.empty()));

        assertEquals(DisconnectOutcome.Status.DONE, outcome.status(), "a number Sautikit no longer holds is given back");
    }

    @Test
    void a_slow_browse_is_a_timeout_after_the_retries() {
        sautikit.stubFor(get(urlPathEqualTo("/v1/numbers/available")).willReturn(okJson(INVENTORY)
                .withFixedDelay((int) UpstreamTestSupport.READ_TIMEOUT.toMillis() + 1000)));

        ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                () -> api.searchAvailable(account, new AvailableNumberQuery(new CountryCode("KE"), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), 10)));

        assertEquals(ProviderUnavailableException.Reason.TIMEOUT, e.reason());
        sautikit.verify(3, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/v1/numbers/available")));
    }

    @Test
    void a_refused_browse_carries_sautikit_code() {
        sautikit.stubFor(get(urlPathEqualTo("/v1/numbers/available")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"currency.unsupported\", \"message\": \"no such currency\"}}")));

        var e = assertThrows(com.numberinventory.application.port.out.providers.upstream.ProviderRejectedException.class,
                () -> api.searchAvailable(account, new AvailableNumberQuery(new CountryCode("KE"), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), 10)));

        assertEquals("currency.unsupported", e.providerCode());
    }
}
