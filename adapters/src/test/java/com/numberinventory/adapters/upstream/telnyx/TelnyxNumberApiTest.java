package com.numberinventory.adapters.upstream.telnyx;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.numberinventory.adapters.upstream.UpstreamTestSupport;
import com.numberinventory.adapters.upstream.UpstreamTestSupport.MovableClock;
import com.numberinventory.application.port.out.providers.upstream.AvailableNumberQuery;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.DisconnectOutcome;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.HeldNumber;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.HeldPage;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.NumberResult;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.OrderPlacement;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.UpstreamNumber;
import com.numberinventory.application.port.out.providers.upstream.ProviderRejectedException;
import com.numberinventory.application.port.out.providers.upstream.ProviderUnavailableException;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOffer;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOrder;
import com.numberinventory.domain.number.Capability;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import com.numberinventory.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelnyxNumberApiTest {

    @RegisterExtension
    static WireMockExtension telnyx = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String SEARCH = """
            {"data": [
              {"record_type": "available_phone_number", "phone_number": "+19705555098", "vanity_format": "",
               "best_effort": false, "quickship": true, "reservable": true,
               "region_information": [{"region_type": "country_code", "region_name": "US"},
                                      {"region_type": "rate_center", "region_name": "DENVER"}],
               "cost_information": {"upfront_cost": "3.21", "monthly_cost": "6.54", "currency": "USD"},
               "features": [{"name": "sms"}, {"name": "voice"}]},
              {"record_type": "available_phone_number", "phone_number": "+19705555011",
               "region_information": [{"region_type": "country_code", "region_name": "US"}],
               "cost_information": {"upfront_cost": "1.00", "monthly_cost": "1.00", "currency": "USD"},
               "features": [{"name": "voice"}]}],
             "meta": {"total_results": 2, "best_effort_results": 0}}
            """;

    MovableClock clock;
    TelnyxNumberApi api;
    ProviderAccount account;

    @BeforeEach
    void setUp() {
        clock = new MovableClock();
        api = new TelnyxNumberApi(UpstreamTestSupport.http(clock), "https://api.telnyx.invalid");
        account = UpstreamTestSupport.account(ProviderKind.TELNYX, telnyx.baseUrl());
    }

    private static AvailableNumberQuery us(Optional<Capability> capability, Optional<String> endsWith) {
        return new AvailableNumberQuery(new CountryCode("US"), capability, Optional.empty(), Optional.empty(),
                endsWith, 5);
    }

    @Test
    void search_sends_telnyx_filters_and_reads_prices_features_and_region() {
        telnyx.stubFor(get(urlPathEqualTo("/v2/available_phone_numbers"))
                .withQueryParam("filter[country_code]", equalTo("US"))
                .withQueryParam("filter[features][]", equalTo("sms"))
                .withQueryParam("filter[phone_number][ends_with]", equalTo("98"))
                .withQueryParam("filter[limit]", equalTo("5"))
                .withHeader("Authorization", equalTo("Bearer " + UpstreamTestSupport.KEY))
                .willReturn(okJson(SEARCH)));

        List<UpstreamOffer> offers = api.searchAvailable(account, us(Optional.of(Capability.SMS), Optional.of("98")));

        assertEquals(1, offers.size(), "the voice-only number does not end with 98 nor has sms");
        UpstreamOffer offer = offers.get(0);
        assertEquals("+19705555098", offer.e164().value());
        assertEquals(Optional.of(new Money(654, "USD")), offer.monthlyPrice());
        assertEquals(Optional.of(new Money(321, "USD")), offer.upfrontPrice());
        assertEquals(Optional.of("DENVER"), offer.region());
        assertTrue(offer.capabilities().values().containsAll(List.of(Capability.SMS, Capability.VOICE)));
    }

    @Test
    void an_order_sends_the_numbers_and_the_reference_and_answers_pending_until_the_webhook() {
        telnyx.stubFor(post("/v2/number_orders")
                .withRequestBody(equalToJson("""
                        {"phone_numbers": [{"phone_number": "+19705555098"}], "customer_reference": "ord-1"}"""))
                .willReturn(okJson("""
                        {"data": {"id": "12ade33a-21c0-473b-b055-b3c836e1c292", "record_type": "number_order",
                          "phone_numbers_count": 1, "status": "pending", "customer_reference": "ord-1",
                          "phone_numbers": [{"id": "dc8e4d67-33a0-4cbb-af74-7b58f05bd494",
                            "record_type": "number_order_phone_number", "phone_number": "+19705555098",
                            "regulatory_requirements": [], "requirements_met": true, "status": "pending"}]}}""")));

        OrderPlacement placed = api.placeOrder(account, new UpstreamOrder("ord-1",
                List.of(new UpstreamNumber(E164.parse("e164", "+19705555098"), Optional.empty())), Optional.empty()));

        assertEquals(Optional.of("12ade33a-21c0-473b-b055-b3c836e1c292"), placed.upstreamOrderId());
        assertEquals(NumberResult.Outcome.PENDING, placed.results().get(0).outcome());
    }

    @Test
    void a_refused_order_carries_telnyx_error_code() {
        telnyx.stubFor(post("/v2/number_orders").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"errors": [{"code": "10015", "title": "Bad Request",
                          "detail": "The phone number is not available for purchase",
                          "source": {"pointer": "/phone_numbers/0/phone_number"}}]}""")));

        ProviderRejectedException e = assertThrows(ProviderRejectedException.class, () -> api.placeOrder(account,
                new UpstreamOrder("ord-2", List.of(new UpstreamNumber(E164.parse("e164", "+19705555098"),
                        Optional.empty())), Optional.empty())));

        assertEquals("10015", e.providerCode());
        assertEquals(ErrorCode.PROVIDER_REJECTED, e.errorCode());
        assertEquals("10015", e.extensions().get("provider_code"));
    }

    @Test
    void the_held_numbers_are_read_page_by_page() {
        telnyx.stubFor(get(urlPathEqualTo("/v2/phone_numbers")).withQueryParam("page[number]", equalTo("1"))
                .withQueryParam("page[size]", equalTo("250"))
                .willReturn(okJson("""
                        {"data": [{"id": "1293384261075731499", "record_type": "phone_number",
                          "phone_number": "+19705555098", "status": "active"},
                         {"id": "1293384261075731500", "phone_number": "+19705555099", "status": "purchase-pending"}],
                         "meta": {"total_pages": 2, "total_results": 3, "page_number": 1, "page_size": 250}}""")));

        HeldPage page = api.listHeld(account, Optional.empty());

        assertEquals(Optional.of("2"), page.nextPageToken());
        assertEquals(HeldNumber.HeldStatus.ACTIVE, page.numbers().get(0).status());
        assertEquals(Optional.of("1293384261075731499"), page.numbers().get(0).number().upstreamId());
        assertEquals(HeldNumber.HeldStatus.PENDING, page.numbers().get(1).status());
    }

    @Test
    void a_release_finds_the_telnyx_id_by_number_and_deletes_it() {
        telnyx.stubFor(get(urlPathEqualTo("/v2/phone_numbers"))
                .withQueryParam("filter[phone_number]", equalTo("+19705555098"))
                .willReturn(okJson("""
                        {"data": [{"id": "1293384261075731499", "phone_number": "+19705555098", "status": "active"}],
                         "meta": {"total_pages": 1, "page_number": 1}}""")));
        telnyx.stubFor(delete("/v2/phone_numbers/1293384261075731499").willReturn(okJson("""
                {"data": {"id": "1293384261075731499", "phone_number": "+19705555098", "status": "deleted"}}""")));

        DisconnectOutcome outcome = api.disconnect(account,
                new UpstreamNumber(E164.parse("e164", "+19705555098"), Optional.empty()));

        assertEquals(DisconnectOutcome.Status.DONE, outcome.status());
        telnyx.verify(1, deleteRequestedFor(urlPathEqualTo("/v2/phone_numbers/1293384261075731499")));
    }

    @Test
    void a_5xx_search_is_retried_then_answers_unavailable() {
        telnyx.stubFor(get(urlPathEqualTo("/v2/available_phone_numbers")).willReturn(aResponse().withStatus(503)));

        ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                () -> api.searchAvailable(account, us(Optional.empty(), Optional.empty())));

        assertEquals(ProviderUnavailableException.Reason.BAD_GATEWAY, e.reason());
        assertEquals(ErrorCode.PROVIDER_UNAVAILABLE, e.errorCode());
        telnyx.verify(3, getRequestedFor(urlPathEqualTo("/v2/available_phone_numbers")));
    }

    @Test
    void an_order_is_never_retried() {
        telnyx.stubFor(post("/v2/number_orders").willReturn(aResponse().withStatus(502)));

        assertThrows(ProviderUnavailableException.class, () -> api.placeOrder(account, new UpstreamOrder("ord-3",
                List.of(new UpstreamNumber(E164.parse("e164", "+19705555098"), Optional.empty())), Optional.empty())));

        telnyx.verify(1, postRequestedFor(urlPathEqualTo("/v2/number_orders")));
    }

    @Test
    void a_slow_answer_is_a_timeout() {
        telnyx.stubFor(get(urlPathEqualTo("/v2/available_phone_numbers"))
                .willReturn(okJson(SEARCH).withFixedDelay((int) UpstreamTestSupport.READ_TIMEOUT.toMillis() * 3)));

        ProviderUnavailableException e = assertThrows(ProviderUnavailableException.class,
                () -> api.searchAvailable(account, us(Optional.empty(), Optional.empty())));

        assertEquals(ProviderUnavailableException.Reason.TIMEOUT, e.reason());
        assertEquals(ErrorCode.PROVIDER_TIMEOUT, e.errorCode());
    }

    @Test
    void the_circuit_opens_after_repeated_failures_then_lets_one_call_try() {
        telnyx.stubFor(post("/v2/number_orders").willReturn(aResponse().withStatus(500)));
        UpstreamOrder order = new UpstreamOrder("ord-4",
                List.of(new UpstreamNumber(E164.parse("e164", "+19705555098"), Optional.empty())), Optional.empty());
        for (int i = 0; i < 3; i++) {
            assertThrows(ProviderUnavailableException.class, () -> api.placeOrder(account, order));
        }

        ProviderUnavailableException open = assertThrows(ProviderUnavailableException.class,
                () -> api.placeOrder(account, order));
        assertEquals(ProviderUnavailableException.Reason.CIRCUIT_OPEN, open.reason());
        telnyx.verify(3, postRequestedFor(urlPathEqualTo("/v2/number_orders")));

        clock.advance(Duration.ofMinutes(2));
        telnyx.stubFor(post("/v2/number_orders").willReturn(okJson("""
                {"data": {"id": "o-5", "status": "pending", "phone_numbers": []}}""")));
        assertEquals(Optional.of("o-5"), api.placeOrder(account, order).upstreamOrderId());
    }

    @Test
    void without_an_api_key_nothing_is_sent() {
        ProviderAccount keyless = new ProviderAccount(account.providerId(), ProviderKind.TELNYX, Optional.empty(),
                account.baseUrl());

        DomainException e = assertThrows(DomainException.class,
                () -> api.searchAvailable(keyless, us(Optional.empty(), Optional.empty())));

        assertEquals(ErrorCode.PROVIDER_API_CREDENTIALS_MISSING, e.errorCode());
        telnyx.verify(0, getRequestedFor(urlPathEqualTo("/v2/available_phone_numbers")));
    }
}
