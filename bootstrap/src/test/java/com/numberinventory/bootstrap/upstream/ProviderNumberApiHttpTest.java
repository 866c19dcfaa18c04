package com.numberinventory.bootstrap.upstream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.LocalUpstreamTest;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/**
 * The provider number API through the service's own routes: API credentials on the credentials route, the search
 * of a provider's offer, and retire with disconnect_upstream, each provider played by a local WireMock server that
 * answers as the provider documents (one provider account per test, so circuit breakers do not cross tests).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProviderNumberApiHttpTest extends LocalUpstreamTest {

    /** A provider of the kind whose API is the local server, under its own path prefix. */
    private static String providerAtUpstream(String kind, String prefix, String apiKey) {
        String provider = Fixtures.provider(kind);
        pointAtUpstream(provider, apiKey, prefix)
                .body("api_credentials_set", equalTo(true))
                .body("api_base_url", equalTo(upstream.baseUrl() + "/" + prefix));
        return provider;
    }

    private static String prefix() {
        return prefix("p");
    }

    @Test
    void the_api_key_is_write_only_and_never_shown() {
        String provider = providerAtUpstream("telnyx", prefix(), "KEY_never_shown_123");

        given().get("/v1/providers/" + provider).then().statusCode(200)
                .body("api_credentials_set", equalTo(true))
                .body("credentials_set", equalTo(false))
                .body(not(containsString("KEY_never_shown_123")));
    }

    @Test
    void a_malformed_api_base_url_is_refused_naming_the_field() {
        String provider = Fixtures.provider("telnyx");
        given().contentType(ContentType.JSON).body(Map.of("api_key", "k", "api_base_url", "ftp://x/y?q=1"))
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(400)
                .body("errors[0].field", equalTo("api_base_url"));
    }

    @Test
    void telnyx_offer_is_answered_in_this_api_shapes() {
        String p = prefix();
        String provider = providerAtUpstream("telnyx", p, "KEY_telnyx");
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v2/available_phone_numbers"))
                .withQueryParam("filter[country_code]", WireMock.equalTo("US"))
                .withHeader("Authorization", WireMock.equalTo("Bearer KEY_telnyx"))
                .willReturn(okJson("""
                        {"data": [{"record_type": "available_phone_number", "phone_number": "+19705555098",
                          "region_information": [{"region_type": "country_code", "region_name": "US"},
                                                 {"region_type": "rate_center", "region_name": "DENVER"}],
                          "cost_information": {"upfront_cost": "3.21", "monthly_cost": "6.54", "currency": "USD"},
                          "features": [{"name": "sms"}, {"name": "voice"}]}],
                         "meta": {"total_results": 1, "best_effort_results": 0}}""")));

        given().queryParam("country_code", "US").queryParam("capability", "sms").queryParam("ends_with", "98")
                .get("/v1/providers/" + provider + "/available-numbers").then().statusCode(200)
                .body("data[0].e164", equalTo("+19705555098"))
                .body("data[0].country_code", equalTo("US"))
                .body("data[0].monthly_price.amount_minor", equalTo(654))
                .body("data[0].monthly_price.currency", equalTo("USD"))
                .body("data[0].upfront_price.amount_minor", equalTo(321))
                .body("data[0].region", equalTo("DENVER"))
                .body("data[0].upstream_id", nullValue());
    }

    @Test
    void a_provider_refusal_is_502_with_the_provider_code() {
        String p = prefix();
        String provider = providerAtUpstream("sautikit", p, "KEY_revoked");
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v1/numbers/available")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"api_key.revoked\", \"message\": \"key revoked\"}}")));

        given().queryParam("country_code", "KE").get("/v1/providers/" + provider + "/available-numbers")
                .then().statusCode(502).contentType("application/problem+json")
                .body("code", equalTo("provider.rejected"))
                .body("provider_code", equalTo("api_key.revoked"));
    }

    @Test
    void a_failing_provider_is_502_and_a_slow_one_504() {
        String p = prefix();
        String provider = providerAtUpstream("telnyx", p, "KEY_telnyx");
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v2/available_phone_numbers"))
                .willReturn(aResponse().withStatus(503)));
        given().queryParam("country_code", "US").get("/v1/providers/" + provider + "/available-numbers")
                .then().statusCode(502).body("code", equalTo("provider.unavailable"));

        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v2/available_phone_numbers"))
                .willReturn(okJson("{\"data\": []}").withFixedDelay(4500)));
        given().queryParam("country_code", "US").get("/v1/providers/" + provider + "/available-numbers")
                .then().statusCode(504).body("code", equalTo("provider.unavailable"));
    }

    @Test
    void zipwhip_cannot_search_and_a_provider_without_api_key_is_told_so() {
        String zipwhip = providerAtUpstream("zipwhip", prefix(), "KEY_zw");
        given().queryParam("country_code", "US").get("/v1/providers/" + zipwhip + "/available-numbers")
                .then().statusCode(422).body("code", equalTo("provider.search_unsupported"));

        String keyless = Fixtures.provider("telnyx");
        given().queryParam("country_code", "US").get("/v1/providers/" + keyless + "/available-numbers")
                .then().statusCode(422).body("code", equalTo("provider.api_credentials_missing"));
    }

    @Test
    void the_search_checks_its_parameters() {
        String provider = Fixtures.provider("telnyx");
        given().get("/v1/providers/" + provider + "/available-numbers").then().statusCode(400)
                .body("errors[0].field", equalTo("country_code"));
        given().queryParam("country_code", "US").queryParam("capability", "telepathy")
                .get("/v1/providers/" + provider + "/available-numbers").then().statusCode(400)
                .body("errors[0].field", equalTo("capability"));
        given().queryParam("country_code", "US").get("/v1/providers/" + java.util.UUID.randomUUID()
                + "/available-numbers").then().statusCode(404).body("code", equalTo("provider.not_found"));
    }

    /** A provider at the local server with an active series holding one number; answers the number's id. */
    private static String numberOf(String provider) {
        String series = Fixtures.activeSeries(provider, "P30D");
        long first = Fixtures.freshBlock();
        Fixtures.importRange(series, first, first);
        return Fixtures.numberId(Fixtures.e164(first));
    }

    @Test
    void retiring_with_disconnect_releases_the_number_at_sautikit() {
        String p = prefix();
        String provider = providerAtUpstream("sautikit", p, "KEY_sk");
        String number = numberOf(provider);
        String e164 = given().get("/v1/numbers/" + number).then().extract().path("e164");
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v1/numbers")).willReturn(okJson(
                "{\"data\": [{\"id\": \"tn-1\", \"number\": \"" + e164 + "\", \"status\": \"active\"}], "
                        + "\"next_cursor\": null}")));
        upstream.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/" + p + "/v1/numbers/tn-1/release")
                .willReturn(okJson("{\"id\": \"tn-1\", \"status\": \"released\"}")));

        given().contentType(ContentType.JSON).body(Map.of("reason", "ported away", "disconnect_upstream", true))
                .post("/v1/numbers/" + number + "/retire").then().statusCode(200).body("status", equalTo("retired"));

        given().get("/v1/numbers/" + number + "/disconnect").then().statusCode(200)
                .body("status", equalTo("done")).body("attempts", equalTo(1)).body("e164", equalTo(e164));
        given().post("/v1/numbers/" + number + "/disconnect/retry").then().statusCode(409)
                .body("code", equalTo("numbers.disconnect_not_retryable"));
    }

    @Test
    void a_failed_disconnect_leaves_the_number_retired_and_a_retry_finishes_it() {
        String p = prefix();
        String provider = providerAtUpstream("telnyx", p, "KEY_tx");
        String number = numberOf(provider);
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v2/phone_numbers")).willReturn(okJson(
                "{\"data\": [{\"id\": \"1293384261075731499\", \"status\": \"active\"}], "
                        + "\"meta\": {\"total_pages\": 1, \"page_number\": 1}}")));
        upstream.stubFor(delete(urlPathMatching("/" + p + "/v2/phone_numbers/1293384261075731499"))
                .willReturn(aResponse().withStatus(500)));

        given().contentType(ContentType.JSON).body(Map.of("reason", "ported away", "disconnect_upstream", true))
                .post("/v1/numbers/" + number + "/retire").then().statusCode(200).body("status", equalTo("retired"));
        given().get("/v1/numbers/" + number + "/disconnect").then().statusCode(200)
                .body("status", equalTo("failed")).body("provider_code", equalTo("provider.unavailable"));
        given().get("/v1/numbers/" + number).then().statusCode(200).body("status", equalTo("retired"));

        upstream.stubFor(delete(urlPathMatching("/" + p + "/v2/phone_numbers/1293384261075731499"))
                .willReturn(okJson("{\"data\": {\"id\": \"1293384261075731499\", \"status\": \"deleted\"}}")));
        given().post("/v1/numbers/" + number + "/disconnect/retry").then().statusCode(200)
                .body("status", equalTo("done")).body("attempts", equalTo(2))
                .body("provider_code", nullValue());
    }

    @Test
    void a_number_retired_without_disconnect_has_none() {
        String number = numberOf(Fixtures.provider("sautikit"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "operator"))
                .post("/v1/numbers/" + number + "/retire").then().statusCode(200);
        given().get("/v1/numbers/" + number + "/disconnect").then().statusCode(404)
                .body("code", equalTo("numbers.disconnect_not_found"));
    }
}
