package com.numberinventory.adapters.upstream.zipwhip;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.numberinventory.adapters.upstream.shared.UpstreamTestSupport;
import com.numberinventory.application.port.out.providers.upstream.AvailableNumberQuery;
import com.numberinventory.application.port.out.providers.upstream.ProviderAccount;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.DisconnectOutcome;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.NumberResult;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.OrderPlacement;
import com.numberinventory.application.port.out.providers.upstream.ProviderNumberApi.UpstreamNumber;
import com.numberinventory.application.port.out.providers.upstream.UpstreamOrder;
import com.numberinventory.domain.number.E164;
import com.numberinventory.domain.provider.ProviderKind;
import com.numberinventory.domain.shared.CountryCode;
import com.numberinventory.domain.shared.DomainException;
import com.numberinventory.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ZipwhipNumberApiTest {

    @RegisterExtension
    static WireMockExtension zipwhip = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    ZipwhipNumberApi api;
    ProviderAccount account;
    final E164 line = E164.parse("e164", "+12065550100");

    @BeforeEach
    void setUp() {
        api = new ZipwhipNumberApi(UpstreamTestSupport.http(new UpstreamTestSupport.MovableClock()),
                "https://zipwhip.invalid");
        account = UpstreamTestSupport.account(ProviderKind.ZIPWHIP, zipwhip.baseUrl());
    }

    @Test
    void zipwhip_has_no_number_search() {
        DomainException e = assertThrows(DomainException.class, () -> api.searchAvailable(account,
                new AvailableNumberQuery(new CountryCode("US"), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), 5)));

        assertEquals(ErrorCode.PROVIDER_SEARCH_UNSUPPORTED, e.errorCode());
    }

    @Test
    void a_line_provisioning_is_accepted_and_pending_with_the_request_id_the_webhook_echoes() {
        zipwhip.stubFor(post("/v3/lines")
                .withRequestBody(equalToJson("{\"lineNumber\": \"+12065550100\", \"campaignId\": \"abc123\"}"))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"requestId\": \"req-7f3a\"}")));

        OrderPlacement placed = api.placeOrder(account, new UpstreamOrder("ord-1",
                List.of(new UpstreamNumber(line, Optional.empty())), Optional.of("abc123")));

        NumberResult r = placed.results().get(0);
        assertEquals(NumberResult.Outcome.PENDING, r.outcome());
        assertEquals(Optional.of("req-7f3a"), r.requestId());
        assertEquals(Optional.of("req-7f3a"), placed.upstreamOrderId());
    }

    @Test
    void a_line_needs_a_campaign() {
        DomainException e = assertThrows(DomainException.class, () -> api.placeOrder(account,
                new UpstreamOrder("ord-2", List.of(new UpstreamNumber(line, Optional.empty())), Optional.empty())));

        assertEquals(ErrorCode.BAD_REQUEST, e.errorCode());
    }

    @Test
    void a_refused_line_fails_with_zipwhip_code() {
        zipwhip.stubFor(post("/v3/lines").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"statusCode\": 42030, \"description\": \"campaign not active\"}")));

        OrderPlacement placed = api.placeOrder(account, new UpstreamOrder("ord-3",
                List.of(new UpstreamNumber(line, Optional.empty())), Optional.of("abc123")));

        assertEquals(Optional.of("42030"), placed.results().get(0).errorCode());
    }

    @Test
    void a_deprovisioning_is_pending_until_provision_delete_and_an_unknown_line_is_done() {
        zipwhip.stubFor(delete(urlPathMatching("/v3/lines/.*12065550100")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"requestId\": \"req-del\"}")));

        assertEquals(DisconnectOutcome.Status.PENDING,
                api.disconnect(account, new UpstreamNumber(line, Optional.empty())).status());

        zipwhip.stubFor(delete(urlPathMatching("/v3/lines/.*12065550100")).willReturn(aResponse().withStatus(404)));
        assertEquals(DisconnectOutcome.Status.DONE,
                api.disconnect(account, new UpstreamNumber(line, Optional.empty())).status());
    }

    @Test
    void a_failing_zipwhip_is_unavailable_and_a_provisioning_is_sent_once() {
        zipwhip.stubFor(post("/v3/lines").willReturn(aResponse().withStatus(500)));

        assertThrows(com.numberinventory.application.port.out.providers.upstream.ProviderUnavailableException.class,
                () -> api.placeOrder(account, new UpstreamOrder("ord-4",
                        List.of(new UpstreamNumber(line, Optional.empty())), Optional.of("abc123"))));

        zipwhip.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v3/lines")));
    }

    @Test
    void a_deprovisioning_is_retried_on_5xx() {
        zipwhip.stubFor(delete(urlPathMatching("/v3/lines/.*12065550100")).willReturn(aResponse().withStatus(503)));

        assertThrows(com.numberinventory.application.port.out.providers.upstream.ProviderUnavailableException.class,
                () -> api.disconnect(account, new UpstreamNumber(line, Optional.empty())));

        zipwhip.verify(3, com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                urlPathMatching("/v3/lines/.*12065550100")));
    }
}
