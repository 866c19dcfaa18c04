package com.numberinventory.bootstrap.providers;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.LocalUpstreamTest;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Carrier orders end to end: POST /v1/orders against a local server that answers as the provider documents, then
 * the provider's signed webhook, through to available or provisioned numbers.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OrdersApiTest extends LocalUpstreamTest {

    private static final String TELNYX_SEED = "i1xxSkIuQOY9H8laaRslIoYGTJ1NwBAFdjsQwiwJH04=";
    private static final String WORKSPACE = "01900000-0000-7000-8000-00000000ab01";

    private static String prefix() {
        return prefix("o");
    }

    /** Points the provider's number API at the local server under its own prefix. */
    private static void atUpstream(String provider, String prefix) {
        pointAtUpstream(provider, "KEY_" + prefix, prefix);
    }

    private static String order(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/orders").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void telnyx_order_stays_pending_until_number_order_complete_then_provisions_to_the_workspace() {
        String p = prefix();
        String provider = ProviderWebhooksApiTest.telnyxProvider();
        atUpstream(provider, p);
        String series = Fixtures.activeSeries(provider, "P30D");
        String e164 = Fixtures.e164(Fixtures.freshBlock());
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v2/available_phone_numbers"))
                .willReturn(okJson("{\"data\": [], \"meta\": {\"total_results\": 0}}")));
        upstream.stubFor(post("/" + p + "/v2/number_orders").willReturn(okJson("""
                {"data": {"id": "12ade33a-21c0-473b-b055-b3c836e1c292", "record_type": "number_order",
                  "phone_numbers_count": 1, "status": "pending", "customer_reference": "x",
                  "phone_numbers": [{"id": "dc8e4d67-33a0-4cbb-af74-7b58f05bd494",
                    "record_type": "number_order_phone_number", "phone_number": "%s", "status": "pending",
                    "requirements_met": true}]}}""".formatted(e164))));

        String id = order(Map.of("provider_id", provider, "series_id", series, "e164", List.of(e164),
                "workspace_id", WORKSPACE));
        given().get("/v1/orders/" + id).then().statusCode(200).body("status", equalTo("pending"))
                .body("upstream_order_id", equalTo("12ade33a-21c0-473b-b055-b3c836e1c292"))
                .body("numbers[0].e164", equalTo(e164)).body("numbers[0].status", equalTo("pending"));
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("pending"));
        upstream.verify(postRequestedFor(urlPathEqualTo("/" + p + "/v2/number_orders"))
                .withRequestBody(matchingJsonPath("$.customer_reference", WireMock.equalTo(id))));

        byte[] body = ProviderWebhooksApiTest.telnyxSeed(UUID.randomUUID().toString(), e164, true, id)
                .getBytes(StandardCharsets.UTF_8);
        long t = ProviderWebhooksApiTest.now();
        ProviderWebhooksApiTest.postTelnyx(provider, body, t, Signer.telnyx(TELNYX_SEED, t, body)).then()
                .statusCode(200).body("status", equalTo("applied"));

        given().get("/v1/orders/" + id).then().statusCode(200).body("status", equalTo("completed"))
                .body("numbers[0].status", equalTo("completed"))
                .body("numbers[0].detail", startsWith("provisioned to workspace"));
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("assigned")).body("workspace_id", equalTo(WORKSPACE));
        given().queryParam("limit", "500").get("/v1/orders").then().statusCode(200).body("data.id", hasItem(id));
        given().post("/v1/orders/" + id + "/retry").then().statusCode(409)
                .body("code", equalTo("orders.not_retryable"));
    }

    @Test
    void sautikit_quantity_order_claims_synchronously_with_partial_failure_per_number() {
        String p = prefix();
        String provider = Fixtures.provider("sautikit");
        atUpstream(provider, p);
        String series = Fixtures.activeSeries(provider, "P30D");
        long block = Fixtures.freshBlock();
        String first = Fixtures.e164(block);
        String second = Fixtures.e164(block + 1);
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v1/numbers/available")).willReturn(okJson("""
                [{"id": "sk-a", "number": "%s", "country": "KE", "capabilities": ["voice"],
                  "monthly_price_minor": 10000, "currency": "KES"},
                 {"id": "sk-b", "number": "%s", "country": "KE", "capabilities": ["voice"],
                  "monthly_price_minor": 10000, "currency": "KES"}]""".formatted(first, second))));
        upstream.stubFor(post("/" + p + "/v1/numbers/sk-a/claim").willReturn(okJson(
                "{\"id\": \"sk-a\", \"number\": \"" + first + "\", \"status\": \"active\"}")));
        upstream.stubFor(post("/" + p + "/v1/numbers/sk-b/claim").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": "numbers.already_claimed",
                          "message": "number already assigned to another workspace"}}""")));

        given().contentType(ContentType.JSON).body(Map.of("provider_id", provider, "series_id", series,
                        "quantity", 2, "capability", "voice"))
                .post("/v1/orders").then().statusCode(201)
                .body("status", equalTo("completed"))
                .body("numbers.find { it.e164 == '" + first + "' }.status", equalTo("completed"))
                .body("numbers.find { it.e164 == '" + second + "' }.status", equalTo("failed"))
                .body("numbers.find { it.e164 == '" + second + "' }.error_code",
                        equalTo("numbers.already_claimed"));
        given().queryParam("e164", first).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("available"));
        given().queryParam("e164", second).get("/v1/numbers/lookup").then().statusCode(404);
    }

    @Test
    void a_timeout_after_the_provider_acted_keeps_the_order_pending_and_the_retry_sends_the_same_reference() {
        String p = prefix();
        String provider = ProviderWebhooksApiTest.telnyxProvider();
        atUpstream(provider, p);
        String series = Fixtures.activeSeries(provider, "P30D");
        String e164 = Fixtures.e164(Fixtures.freshBlock());
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v2/available_phone_numbers"))
                .willReturn(okJson("{\"data\": []}")));
        upstream.stubFor(post("/" + p + "/v2/number_orders").willReturn(okJson(
                "{\"data\": {\"id\": \"ord-late\", \"phone_numbers\": []}}").withFixedDelay(4500)));

        String id = given().contentType(ContentType.JSON).body(Map.of("provider_id", provider, "series_id", series,
                        "e164", List.of(e164)))
                .post("/v1/orders").then().statusCode(201).body("status", equalTo("pending"))
                .body("last_error", startsWith("provider.unavailable")).extract().path("id");

        upstream.stubFor(post("/" + p + "/v2/number_orders").willReturn(okJson("""
                {"data": {"id": "ord-late", "phone_numbers": [{"id": "l1", "phone_number": "%s",
                  "status": "success"}]}}""".formatted(e164))));
        given().post("/v1/orders/" + id + "/retry").then().statusCode(200).body("status", equalTo("completed"))
                .body("attempts", equalTo(2)).body("upstream_order_id", equalTo("ord-late"));
        upstream.verify(2, postRequestedFor(urlPathEqualTo("/" + p + "/v2/number_orders"))
                .withRequestBody(matchingJsonPath("$.customer_reference", WireMock.equalTo(id))));
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("available"));
    }

    @Test
    void bad_orders_are_refused_with_stable_codes_and_change_nothing() {
        String provider = Fixtures.provider("telnyx");
        String series = Fixtures.activeSeries(provider, "P30D");
        String e164 = Fixtures.e164(Fixtures.freshBlock());
        given().contentType(ContentType.JSON).body(Map.of("provider_id", provider, "series_id", series,
                        "e164", List.of(e164), "quantity", 1))
                .post("/v1/orders").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("orders.invalid"));
        given().contentType(ContentType.JSON).body(Map.of("provider_id", provider, "series_id", series))
                .post("/v1/orders").then().statusCode(422).body("code", equalTo("orders.invalid"));
        given().contentType(ContentType.JSON).body(Map.of("provider_id", provider, "series_id", series,
                        "e164", List.of("not-a-number")))
                .post("/v1/orders").then().statusCode(400).body("errors[0].field", equalTo("e164"));
        given().contentType(ContentType.JSON).body(Map.of("provider_id", provider, "series_id", series,
                        "quantity", 0))
                .post("/v1/orders").then().statusCode(400).body("errors[0].field", equalTo("quantity"));
        String otherSeries = Fixtures.activeSeries(Fixtures.provider("telnyx"), "P30D");
        given().contentType(ContentType.JSON).body(Map.of("provider_id", provider, "series_id", otherSeries,
                        "e164", List.of(e164)))
                .post("/v1/orders").then().statusCode(422).body("code", equalTo("orders.invalid"))
                .body("errors[0].field", equalTo("series_id"));
        given().contentType(ContentType.JSON).body(Map.of("provider_id", UUID.randomUUID().toString(),
                        "series_id", series, "e164", List.of(e164)))
                .post("/v1/orders").then().statusCode(404).body("code", equalTo("provider.not_found"));
        given().get("/v1/orders/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("orders.not_found"));
        given().get("/v1/orders/not-a-uuid").then().statusCode(404).body("code", equalTo("orders.not_found"));
        given().post("/v1/orders/" + UUID.randomUUID() + "/retry").then().statusCode(404)
                .body("code", equalTo("orders.not_found"));
        given().queryParam("cursor", "garbage").get("/v1/orders").then().statusCode(400);
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(404);
        given().get("/v1/orders").then().statusCode(200).body("data", notNullValue());
    }

    @Test
    void zipwhip_line_provisioning_settles_by_the_provision_add_webhook_per_number() {
        String p = prefix();
        String provider = Fixtures.provider("zipwhip");
        atUpstream(provider, p);
        String url = given().contentType(ContentType.JSON).body("{}")
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200)
                .extract().path("webhook_url");
        String series = Fixtures.activeSeries(provider, "P30D");
        long block = Fixtures.freshBlock();
        String first = Fixtures.e164(block);
        String second = Fixtures.e164(block + 1);
        upstream.stubFor(post("/" + p + "/v3/lines")
                .withRequestBody(matchingJsonPath("$.lineNumber", WireMock.equalTo(first)))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"requestId\": \"req-a\"}")));
        upstream.stubFor(post("/" + p + "/v3/lines")
                .withRequestBody(matchingJsonPath("$.lineNumber", WireMock.equalTo(second)))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"requestId\": \"req-b\"}")));

        String id = given().contentType(ContentType.JSON).body(Map.of("provider_id", provider, "series_id", series,
                        "e164", List.of(first, second), "campaign_id", "C1A2B3C", "workspace_id", WORKSPACE))
                .post("/v1/orders").then().statusCode(201).body("status", equalTo("pending"))
                .body("campaign_id", equalTo("C1A2B3C")).extract().path("id");
        upstream.verify(2, postRequestedFor(urlPathEqualTo("/" + p + "/v3/lines"))
                .withRequestBody(matchingJsonPath("$.campaignId", WireMock.equalTo("C1A2B3C"))));

        given().contentType(ContentType.JSON)
                .body(ProviderWebhooksApiTest.lineSeed(200, "Line Provisioned", first, "C1A2B3C", "req-a"))
                .post(url + "/provision/add").then().statusCode(200).body("status", equalTo("applied"));
        given().get("/v1/orders/" + id).then().body("status", equalTo("pending"))
                .body("numbers.find { it.e164 == '" + first + "' }.status", equalTo("completed"));
        given().contentType(ContentType.JSON)
                .body(ProviderWebhooksApiTest.lineSeed(41010, "Requested phone number is not provisioned.", second,
                        "C1A2B3C", "req-b"))
                .post(url + "/provision/add").then().statusCode(200);

        given().get("/v1/orders/" + id).then().statusCode(200).body("status", equalTo("completed"))
                .body("numbers.find { it.e164 == '" + second + "' }.status", equalTo("failed"))
                .body("numbers.find { it.e164 == '" + second + "' }.error_code", equalTo("41010"));
        given().queryParam("e164", first).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("assigned")).body("workspace_id", equalTo(WORKSPACE))
                .body("messaging.status", equalTo("active"));
        given().queryParam("e164", second).get("/v1/numbers/lookup").then().statusCode(404);
    }

    @Test
    void a_zipwhip_order_without_campaign_fails_its_numbers_instead_of_waiting_forever() {
        String provider = Fixtures.provider("zipwhip");
        atUpstream(provider, prefix());
        String series = Fixtures.activeSeries(provider, "P30D");
        String e164 = Fixtures.e164(Fixtures.freshBlock());
        given().contentType(ContentType.JSON).body(Map.of("provider_id", provider, "series_id", series,
                        "e164", List.of(e164)))
                .post("/v1/orders").then().statusCode(201).body("status", equalTo("failed"))
                .body("numbers[0].error_code", equalTo("validation.bad_request"));
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(404);
    }

    @Test
    void a_telnyx_webhook_that_arrives_before_the_orders_answer_still_settles_it() throws Exception {
        String p = prefix();
        String provider = ProviderWebhooksApiTest.telnyxProvider();
        atUpstream(provider, p);
        String series = Fixtures.activeSeries(provider, "P30D");
        String e164 = Fixtures.e164(Fixtures.freshBlock());
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v2/available_phone_numbers"))
                .willReturn(okJson("{\"data\": []}")));
        upstream.stubFor(post("/" + p + "/v2/number_orders").willReturn(okJson("""
                {"data": {"id": "ord-slow", "status": "pending", "phone_numbers": [{"id": "l1",
                  "phone_number": "%s", "status": "pending"}]}}""".formatted(e164)).withFixedDelay(2000)));

        java.util.concurrent.CompletableFuture<io.restassured.response.Response> placing =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("provider_id", provider, "series_id", series, "e164", List.of(e164)))
                        .post("/v1/orders"));
        // The order's numbers are stored (pending) before the provider is called: then the webhook lands.
        long deadline = System.currentTimeMillis() + 10_000;
        while (given().queryParam("e164", e164).get("/v1/numbers/lookup").statusCode() != 200) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the order's number never appeared");
            }
            Thread.sleep(50);
        }
        byte[] body = ProviderWebhooksApiTest.telnyxSeed(UUID.randomUUID().toString(), e164, true, "ref")
                .getBytes(StandardCharsets.UTF_8);
        long t = ProviderWebhooksApiTest.now();
        ProviderWebhooksApiTest.postTelnyx(provider, body, t, Signer.telnyx(TELNYX_SEED, t, body)).then()
                .statusCode(200).body("status", equalTo("applied"));

        placing.get(20, java.util.concurrent.TimeUnit.SECONDS).then().statusCode(201)
                .body("status", equalTo("completed")).body("upstream_order_id", equalTo("ord-slow"))
                .body("numbers[0].status", equalTo("completed"));
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("available"));
    }
}
