package com.numberinventory.bootstrap.providers;


import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProviderWebhooksApiTest {

    private static final String SECRET = "whsec_test_" + UUID.randomUUID();
    private static final String TELNYX_SEED = "i1xxSkIuQOY9H8laaRslIoYGTJ1NwBAFdjsQwiwJH04=";
    private static final String TELNYX_PUBLIC = "jrMBoswHlhhVx2W2Www72WU/xn4UMpjreslD0m2u0qs=";
    private static final AtomicInteger US_LINE = new AtomicInteger(
            java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 5000));

    // ---- Sautikit seed payloads (seed 000 and 001), with fresh numbers and ids ----

    static String provisionedSeed(String eventId, String e164, String seriesRef) {
        return """
                {
                "kind": "number.provisioned",
                "event_id": "%s",
                "workspace_id": "01900000-0000-7000-8000-000000000002",
                "occurred_at": "2026-06-27T10:00:00.000Z",
                "data": {
                "number_id": "01900000-0000-7000-8000-000000000003",
                "e164": "%s",
                "country_code": "KE",
                "capabilities": ["voice", "sms"],
                "series_id": "%s",
                "rental_start_at": "2026-06-27T10:00:00.000Z"
                }
                }""".formatted(eventId, e164, seriesRef);
    }

    static String releasedSeed(String eventId, String e164) {
        return """
                {
                  "kind": "number.released",
                  "event_id": "%s",
                  "workspace_id": "01900000-0000-7000-8000-000000000002",
                  "occurred_at": "2026-06-27T10:00:00.000Z",
                  "data": {
                    "number_id": "01900000-0000-7000-8000-000000000003",
                    "e164": "%s",
                    "country_code": "KE",
                    "release_reason": "explicit",
                    "released_at": "2026-06-27T10:00:00.000Z"
                  }
                }""".formatted(eventId, e164);
    }

    static String telnyxSeed(String id, String e164, boolean requirementsMet, String reference) {
        return """
                {
                  "data": {
                    "event_type": "number_order.complete",
                    "id": "%s",
                    "occurred_at": "2025-08-22T16:23:54.496464Z",
                    "payload": {
                      "connection_id": "346789098765567",
                      "messaging_profile_id": "abc85f64-5717-4562-b3fc-2c9600",
                      "billing_group_id": "abc85f64-5717-4562-b3fc-2c9600",
                      "phone_numbers": [
                        {
                          "id": "dc8e4d67-33a0-4cbb-af74-7b58f05bd494",
                          "record_type": "number_order_phone_number",
                          "phone_number": "%s",
                          "bundle_id": "bc8e4d67-33a0-4cbb-af74-7b58f05bd474",
                          "regulatory_requirements": [
                            {
                              "record_type": "phone_number_regulatory_requirement",
                              "requirement_id": "8ffb3622-7c6b-4ccc-b65f-7a3dc0099576",
                              "field_value": "45f45a04-b4be-4592-95b1-9306b9db2b21",
                              "field_type": "address"
                            }
                          ],
                          "requirements_met": %s,
                          "status": "success"
                        }
                      ],
                      "sub_number_orders_ids": [
                        "<string>"
                      ],
                      "customer_reference": "%s"
                    },
                    "record_type": "event"
                  },
                  "meta": {
                    "attempt": 1,
                    "delivered_to": "https://sample-api.com/webhook"
                  }
                }""".formatted(id, e164, requirementsMet, reference);
    }

    // ---- helpers ----

    static String sautikitProvider() {
        String id = Fixtures.provider("sautikit");
        given().contentType(ContentType.JSON).body(Map.of("webhook_secret", SECRET))
                .put("/v1/providers/" + id + "/credentials").then().statusCode(200);
        return id;
    }

    static String telnyxProvider() {
        String id = Fixtures.provider("telnyx");
        given().contentType(ContentType.JSON).body(Map.of("public_key", TELNYX_PUBLIC))
                .put("/v1/providers/" + id + "/credentials").then().statusCode(200);
        return id;
    }

    static Response postSautikit(String provider, byte[] body, String signatureHeaderName, String signature) {
        RequestSpecification spec = given().contentType(ContentType.JSON).body(body)
                .header("X-Sautikit-Event", "number.provisioned");
        if (signature != null) {
            spec = spec.header(signatureHeaderName, signature);
        }
        return spec.post("/webhooks/sautikit/" + provider);
    }

    static Response postSautikit(String provider, String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return postSautikit(provider, raw, "X-Sautikit-Signature", Signer.hmacHex(SECRET, raw));
    }

    static Response postTelnyx(String provider, byte[] body, long t, String signature) {
        return given().contentType(ContentType.JSON).body(body)
                .header("telnyx-timestamp", String.valueOf(t))
                .header("telnyx-signature-ed25519", signature)
                .post("/webhooks/telnyx/" + provider);
    }

    static String freshKe() {
        return Fixtures.e164(Fixtures.freshBlock() + 17);
    }

    static String freshUs() {
        return "+1970555" + US_LINE.getAndIncrement();
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }

    // ---- credentials ----

    @Test
    void setting_credentials_answers_the_webhook_url_and_never_the_secret() {
        String id = Fixtures.provider("sautikit");
        given().get("/v1/providers/" + id).then().statusCode(200)
                .body("credentials_set", equalTo(false))
                .body("webhook_url", equalTo("/webhooks/sautikit/" + id));
        String answer = given().contentType(ContentType.JSON).body(Map.of("webhook_secret", SECRET))
                .put("/v1/providers/" + id + "/credentials").then().statusCode(200)
                .body("credentials_set", equalTo(true))
                .body("webhook_url", equalTo("/webhooks/sautikit/" + id))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(answer.contains(SECRET));
        String listed = given().get("/v1/providers/" + id).then().statusCode(200)
                .body("credentials_set", equalTo(true)).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(listed.contains(SECRET));
    }

    @Test
    void credentials_of_the_wrong_shape_are_refused_naming_the_field() {
        String telnyx = Fixtures.provider("telnyx");
        given().contentType(ContentType.JSON).body(Map.of("public_key", "c2hvcnQ="))
                .put("/v1/providers/" + telnyx + "/credentials").then().statusCode(400)
                .body("code", equalTo("validation.bad_request")).body("errors[0].field", equalTo("public_key"));
        String sautikit = Fixtures.provider("sautikit");
        given().contentType(ContentType.JSON).body(Map.of())
                .put("/v1/providers/" + sautikit + "/credentials").then().statusCode(400)
                .body("errors[0].field", equalTo("webhook_secret"));
        given().contentType(ContentType.JSON).body(Map.of("webhook_secret", "x"))
                .put("/v1/providers/" + UUID.randomUUID() + "/credentials").then().statusCode(404)
                .body("code", equalTo("provider.not_found"));
    }

    @Test
    void a_rotated_sautikit_secret_keeps_the_previous_one_valid_during_the_overlap() {
        String provider = sautikitProvider();
        given().contentType(ContentType.JSON).body(Map.of("webhook_secret", "whsec_new"))
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200);
        byte[] body = provisionedSeed(UUID.randomUUID().toString(), freshKe(), "ref-" + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8);
        postSautikit(provider, body, "X-Sautikit-Signature", Signer.hmacHex(SECRET, body)).then().statusCode(200);
        byte[] body2 = provisionedSeed(UUID.randomUUID().toString(), freshKe(), "ref-" + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8);
        postSautikit(provider, body2, "X-Sautikit-Signature", Signer.hmacHex("whsec_new", body2))
                .then().statusCode(200);
    }

    // ---- Sautikit ----

    @Test
    void sautikit_number_provisioned_seed_adds_the_number_to_an_auto_created_inactive_unpriced_series() {
        String provider = sautikitProvider();
        String e164 = freshKe();
        String ref = "01900000-0000-7000-8000-" + UUID.randomUUID().toString().substring(24);
        String eventId = UUID.randomUUID().toString();
        String body = provisionedSeed(eventId, e164, ref);

        String deliveryId = postSautikit(provider, body).then().statusCode(200)
                .body("status", equalTo("applied")).body("duplicate", equalTo(false))
                .extract().path("provider_event_id");

        String seriesId = given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("available"))
                .body("provider_id", equalTo(provider))
                .body("capabilities", equalTo(List.of("voice", "sms")))
                .extract().path("series_id");
        given().get("/v1/series/" + seriesId).then().statusCode(200)
                .body("status", equalTo("inactive"))
                .body("external_ref", equalTo(ref))
                .body("monthly_price", nullValue())
                .body("country_code", equalTo("KE"));

        given().get("/v1/provider-events/" + deliveryId).then().statusCode(200)
                .body("status", equalTo("applied"))
                .body("provider_event_id", equalTo(eventId))
                .body("event_type", equalTo("number.provisioned"))
                .body("raw_body", equalTo(body))
                .body("headers.x-sautikit-signature", equalTo(Signer.hmacHex(SECRET,
                        body.getBytes(StandardCharsets.UTF_8))))
                .body("duplicate_count", equalTo(0))
                .body("results[0].subject", equalTo(e164))
                .body("results[0].outcome", equalTo("applied"));

        // The same event again: 2xx, nothing changes, the duplicate is counted.
        postSautikit(provider, body).then().statusCode(200).body("duplicate", equalTo(true))
                .body("provider_event_id", equalTo(deliveryId));
        given().get("/v1/provider-events/" + deliveryId).then().body("duplicate_count", equalTo(1));
        given().queryParam("series_id", seriesId).get("/v1/numbers").then().body("data.size()", equalTo(1));

        // A second number of the same provider series joins the same series.
        String second = freshKe();
        postSautikit(provider, provisionedSeed(UUID.randomUUID().toString(), second, ref)).then().statusCode(200);
        given().queryParam("e164", second).get("/v1/numbers/lookup").then().body("series_id", equalTo(seriesId));

        given().queryParam("provider_id", provider).queryParam("status", "applied").get("/v1/provider-events")
                .then().statusCode(200).body("data.size()", equalTo(2)).body("next_cursor", nullValue());
    }

    @Test
    void sautikit_number_released_seed_ends_the_rental_as_provider_released_and_retires_the_number() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String provider = stock.providerId();
        given().contentType(ContentType.JSON).body(Map.of("webhook_secret", SECRET))
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200);
        String numberId = Fixtures.numberId(stock.number(0));
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", UUID.randomUUID().toString()))
                .post("/v1/numbers/" + numberId + "/provision").then().statusCode(200);

        postSautikit(provider, releasedSeed(UUID.randomUUID().toString(), stock.number(0))).then().statusCode(200)
                .body("status", equalTo("applied"));

        given().get("/v1/numbers/" + numberId).then().statusCode(200)
                .body("status", equalTo("retired")).body("rental", nullValue()).body("workspace_id", nullValue());
        given().get("/v1/numbers/" + numberId + "/events").then().statusCode(200)
                .body("data.kind", hasItem("number.released"))
                .body("data.kind", hasItem("number.retired"))
                .body("data.find { it.kind == 'number.released' }.data.release_reason",
                        equalTo("provider_released"));
    }

    @Test
    void sautikit_events_that_cannot_apply_are_acknowledged_and_recorded_ignored_with_the_reason() {
        String provider = sautikitProvider();
        String unknown = freshKe();
        String released = postSautikit(provider, releasedSeed(UUID.randomUUID().toString(), unknown))
                .then().statusCode(200).body("status", equalTo("ignored"))
                .extract().path("provider_event_id");
        given().get("/v1/provider-events/" + released).then()
                .body("status", equalTo("ignored")).body("reason", containsString("unknown number"));

        String old = provisionedSeed(UUID.randomUUID().toString(), freshKe(), "r")
                .replace("number.provisioned", "number.assigned");
        postSautikit(provider, old).then().statusCode(200).body("status", equalTo("ignored"))
                .body("reason", containsString("number.assigned"));

        given().queryParam("provider_id", provider).queryParam("status", "ignored").get("/v1/provider-events")
                .then().statusCode(200).body("data.size()", equalTo(2));
    }

    @Test
    void sautikit_timestamped_signature_with_mixed_case_header_name_is_accepted() {
        String provider = sautikitProvider();
        String e164 = freshKe();
        byte[] body = provisionedSeed(UUID.randomUUID().toString(), e164, "ref-" + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8);
        postSautikit(provider, body, "x-SAUTIKIT-signature", Signer.sautikitTimestamped(SECRET, body, now()))
                .then().statusCode(200).body("status", equalTo("applied"));
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(200);
    }

    @Test
    void sautikit_forgeries_are_refused_with_401_and_change_nothing() {
        String provider = sautikitProvider();
        String e164 = freshKe();
        byte[] body = provisionedSeed(UUID.randomUUID().toString(), e164, "ref-" + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("sms", "mms")
                .getBytes(StandardCharsets.UTF_8);
        String h = "X-Sautikit-Signature";
        // wrong key
        postSautikit(provider, body, h, Signer.hmacHex("whsec_wrong", body)).then().statusCode(401)
                .body("code", equalTo("webhooks.unauthenticated"));
        // tampered body
        postSautikit(provider, tampered, h, Signer.hmacHex(SECRET, body)).then().statusCode(401);
        // garbage signature
        postSautikit(provider, body, h, "deadbeef").then().statusCode(401);
        // missing header
        postSautikit(provider, body, h, null).then().statusCode(401);
        // stale and future timestamps
        postSautikit(provider, body, h, Signer.sautikitTimestamped(SECRET, body, now() - 400)).then().statusCode(401);
        postSautikit(provider, body, h, Signer.sautikitTimestamped(SECRET, body, now() + 400)).then().statusCode(401);
        // a provider of another kind, or no provider at all
        postSautikit(UUID.randomUUID().toString(), body, h, Signer.hmacHex(SECRET, body)).then().statusCode(401);
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(404);
        given().queryParam("provider_id", provider).get("/v1/provider-events").then().body("data.size()", equalTo(0));
    }

    @Test
    void an_authenticated_body_that_is_not_json_is_refused_with_400() {
        String provider = sautikitProvider();
        byte[] body = "{not json".getBytes(StandardCharsets.UTF_8);
        postSautikit(provider, body, "X-Sautikit-Signature", Signer.hmacHex(SECRET, body)).then().statusCode(400)
                .body("code", equalTo("validation.bad_request"));
    }

    @Test
    void the_same_delivery_three_times_concurrently_has_one_effect() throws Exception {
        String provider = sautikitProvider();
        String e164 = freshKe();
        String body = provisionedSeed(UUID.randomUUID().toString(), e164, "ref-" + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(() -> postSautikit(provider, body));
            }
            int duplicates = 0;
            String id = null;
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertEquals(200, r.statusCode(), r.asString());
                if (r.<Boolean>path("duplicate")) {
                    duplicates++;
                }
                id = r.path("provider_event_id");
            }
            assertEquals(2, duplicates);
            given().get("/v1/provider-events/" + id).then().body("duplicate_count", equalTo(2))
                    .body("status", equalTo("applied"));
            String numberId = Fixtures.numberId(e164);
            given().get("/v1/numbers/" + numberId + "/events").then().body("data.size()", equalTo(1));
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- Telnyx ----

    @Test
    void telnyx_number_order_complete_seed_adds_the_number_available() {
        String provider = telnyxProvider();
        byte[] body = telnyxSeed("d578b093-a0e7-4b64-b0d3-6b689a6ff170", "+19705555098", true, "MY REF 001")
                .getBytes(StandardCharsets.UTF_8);
        long t = now();
        postTelnyx(provider, body, t, Signer.telnyx(TELNYX_SEED, t, body)).then().statusCode(200)
                .body("status", equalTo("applied"));
        String seriesId = given().queryParam("e164", "+19705555098").get("/v1/numbers/lookup").then()
                .statusCode(200).body("status", equalTo("available")).body("country_code", equalTo("US"))
                .body("provider_id", equalTo(provider)).extract().path("series_id");
        given().get("/v1/series/" + seriesId).then().body("status", equalTo("inactive"))
                .body("external_ref", equalTo("auto:US"));
    }

    @Test
    void telnyx_requirements_not_met_puts_the_number_in_pending_in_the_referenced_series() {
        String provider = telnyxProvider();
        String seriesRef = "telnyx-us-" + UUID.randomUUID();
        String seriesId = given().contentType(ContentType.JSON).body(Map.of("provider_id", provider, "name", "US",
                        "country_code", "US", "capabilities", List.of("voice"), "external_ref", seriesRef))
                .post("/v1/series").then().statusCode(201).extract().path("id");
        String e164 = freshUs();
        byte[] body = telnyxSeed(UUID.randomUUID().toString(), e164, false, seriesRef)
                .getBytes(StandardCharsets.UTF_8);
        long t = now();
        postTelnyx(provider, body, t, Signer.telnyx(TELNYX_SEED, t, body)).then().statusCode(200);
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("pending")).body("series_id", equalTo(seriesId))
                .body("capabilities", equalTo(List.of("voice")));
    }

    @Test
    void telnyx_unhandled_event_types_are_acknowledged_as_ignored() {
        String provider = telnyxProvider();
        byte[] body = ("{\"data\":{\"event_type\":\"number_order.pending\",\"id\":\"" + UUID.randomUUID()
                + "\",\"payload\":{}},\"meta\":{\"attempt\":1}}").getBytes(StandardCharsets.UTF_8);
        long t = now();
        postTelnyx(provider, body, t, Signer.telnyx(TELNYX_SEED, t, body)).then().statusCode(200)
                .body("status", equalTo("ignored")).body("reason", containsString("number_order.pending"));
    }

    @Test
    void telnyx_forgeries_and_stale_or_future_timestamps_are_refused_with_401() {
        String provider = telnyxProvider();
        String e164 = freshUs();
        byte[] body = telnyxSeed(UUID.randomUUID().toString(), e164, true, "x").getBytes(StandardCharsets.UTF_8);
        long t = now();
        String good = Signer.telnyx(TELNYX_SEED, t, body);
        String otherKey = Signer.telnyx("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", t, body);
        postTelnyx(provider, body, t, otherKey).then().statusCode(401);
        postTelnyx(provider, new String(body, StandardCharsets.UTF_8).replace("\"success\"", "\"succes5\"")
                .getBytes(StandardCharsets.UTF_8), t, good).then().statusCode(401);
        postTelnyx(provider, body, t + 1, good).then().statusCode(401);
        postTelnyx(provider, body, t - 400, Signer.telnyx(TELNYX_SEED, t - 400, body)).then().statusCode(401);
        postTelnyx(provider, body, t + 400, Signer.telnyx(TELNYX_SEED, t + 400, body)).then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).header("telnyx-signature-ed25519", good)
                .post("/webhooks/telnyx/" + provider).then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).header("telnyx-timestamp", String.valueOf(t))
                .post("/webhooks/telnyx/" + provider).then().statusCode(401);
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(404);
        // Mixed-case header names are the same headers.
        given().contentType(ContentType.JSON).body(body).header("Telnyx-Timestamp", String.valueOf(t))
                .header("TELNYX-Signature-Ed25519", good).post("/webhooks/telnyx/" + provider)
                .then().statusCode(200).body("status", equalTo("applied"));
        given().queryParam("e164", e164).get("/v1/numbers/lookup").then().statusCode(200);
    }

    // ---- Zipwhip ----

    @Test
    void zipwhip_deliveries_authenticate_by_the_url_token_and_are_recorded_once() {
        String provider = Fixtures.provider("zipwhip");
        String url = given().contentType(ContentType.JSON).body("{}")
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200)
                .body("credentials_set", equalTo(true)).extract().path("webhook_url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        given().get("/v1/providers/" + provider).then().body("webhook_url", not(containsString(token)));
        String body = """
                {
                  "statusCode": 200,
                  "description": "Line Provisioned",
                  "lineNumber": "+12065551234",
                  "campaignId": "abc123",
                  "numberPoolSubId": "xyz456",
                  "vendorCustomerId": "werwiou789",
                  "requestId": "def789",
                  "eventDate": "2020-11-13T17:01:17.123Z"
                }""";
        given().contentType(ContentType.JSON).body(body).post(url + "/provision/add").then().statusCode(200)
                .body("duplicate", equalTo(false));
        given().contentType(ContentType.JSON).body(body).post(url + "/provision/add").then().statusCode(200)
                .body("duplicate", equalTo(true));
        given().contentType(ContentType.JSON).body(body)
                .post("/webhooks/zipwhip/" + provider + "/wrong-token/provision/add").then().statusCode(401);
        given().queryParam("provider_id", provider).get("/v1/provider-events").then()
                .body("data.size()", equalTo(1)).body("data[0].path", equalTo("provision/add"))
                .body("data[0].duplicate_count", equalTo(1));
    }

    static String zipwhipCampaignSeed(int statusCode, String description, String campaignId, String pool) {
        return """
                {
                  "statusCode": %d,
                  "description": "%s",
                  "campaignId": "%s",
                  "brandId": "xyz456",
                  "mnoId": [10017, 10035, 10037],
                  "numberPoolSubId": %s,
                  "eventDate": "2020-11-13T17:01:17.123Z"
                }""".formatted(statusCode, description, campaignId, pool == null ? "null" : "\"" + pool + "\"");
    }

    @Test
    void zipwhip_campaign_seeds_keep_the_campaign_resource_up_to_date() {
        String provider = Fixtures.provider("zipwhip");
        String url = given().contentType(ContentType.JSON).body("{}")
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200)
                .extract().path("webhook_url");
        String campaign = "abc123-" + UUID.randomUUID();
        given().contentType("application/json;charset=UTF-8")
                .body(zipwhipCampaignSeed(0, "Campaign Active", campaign, "xyz456"))
                .post(url + "/campaign/add").then().statusCode(200).body("status", equalTo("applied"));
        String id = given().queryParam("provider_id", provider).get("/v1/campaigns").then().statusCode(200)
                .body("data.size()", equalTo(1))
                .body("data[0].campaign_id", equalTo(campaign))
                .body("data[0].status", equalTo("active"))
                .body("data[0].brand_id", equalTo("xyz456"))
                .body("data[0].mno_ids", equalTo(List.of(10017, 10035, 10037)))
                .body("data[0].number_pool_sub_id", equalTo("xyz456"))
                .body("data[0].event_date", equalTo("2020-11-13T17:01:17.123Z"))
                .extract().path("data[0].id");

        given().contentType("application/json;charset=UTF-8")
                .body(zipwhipCampaignSeed(2, "Number Pool Deleted", campaign, null))
                .post(url + "/campaign/numberPool").then().statusCode(200);
        given().get("/v1/campaigns/" + id).then().statusCode(200)
                .body("number_pool_sub_id", nullValue()).body("status", equalTo("active"));

        given().contentType("application/json;charset=UTF-8")
                .body(zipwhipCampaignSeed(1, "Campaign Unelected", campaign, "xyz456"))
                .post(url + "/campaign/delete").then().statusCode(200);
        given().get("/v1/campaigns/" + campaign).then().statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("unelected"));

        String other = "exp-" + UUID.randomUUID();
        given().contentType("application/json;charset=UTF-8")
                .body(zipwhipCampaignSeed(0, "Campaign Expired", other, "xyz456"))
                .post(url + "/campaign/delete").then().statusCode(200);
        given().get("/v1/campaigns/" + other).then().statusCode(200).body("status", equalTo("expired"));
        given().get("/v1/campaigns/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("campaigns.not_found"));
    }

    static String lineSeed(int statusCode, String description, String line, String campaign, String requestId) {
        return """
                {
                  "statusCode": %d,
                  "description": "%s",
                  "lineNumber": "%s",
                  "campaignId": "%s",
                  "numberPoolSubId": "xyz456",
                  "vendorCustomerId": "werwiou789",
                  "requestId": "%s",
                  "eventDate": "2020-11-13T17:01:17.123Z"
                }""".formatted(statusCode, description, line, campaign, requestId);
    }

    @Test
    void zipwhip_provisioning_results_set_each_number_messaging_state_and_campaign_delete_detaches_its_lines() {
        Fixtures.Stock stock = Fixtures.stock(2, "P30D");
        String provider = Fixtures.provider("zipwhip");
        String url = given().contentType(ContentType.JSON).body("{}")
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200)
                .extract().path("webhook_url");
        String campaign = "cmp-" + UUID.randomUUID();
        String first = Fixtures.numberId(stock.number(0));
        String second = Fixtures.numberId(stock.number(1));
        given().get("/v1/numbers/" + first).then().body("messaging.status", equalTo("none"))
                .body("messaging.campaign_id", nullValue());

        given().contentType(ContentType.JSON).body(lineSeed(200, "Line Provisioned", stock.number(0), campaign, "r1"))
                .post(url + "/provision/add").then().statusCode(200).body("status", equalTo("applied"));
        given().get("/v1/numbers/" + first).then()
                .body("messaging.status", equalTo("active")).body("messaging.campaign_id", equalTo(campaign))
                .body("messaging.status_code", equalTo(200)).body("messaging.description", equalTo("Line Provisioned"));
        // Lists and command answers show the same state.
        given().queryParam("series_id", stock.seriesId()).get("/v1/numbers").then()
                .body("data.find { it.id == '" + first + "' }.messaging.status", equalTo("active"))
                .body("data.find { it.id != '" + first + "' }.messaging.status", equalTo("none"));

        given().contentType(ContentType.JSON)
                .body(lineSeed(41010, "Requested phone number is not provisioned.", stock.number(1), campaign, "r2"))
                .post(url + "/provision/add").then().statusCode(200);
        given().queryParam("e164", stock.number(1)).get("/v1/numbers/lookup").then()
                .body("messaging.status", equalTo("failed")).body("messaging.status_code", equalTo(41010));

        given().contentType(ContentType.JSON).body(lineSeed(200, "Line Deleted", stock.number(0), campaign, "r1"))
                .post(url + "/provision/delete").then().statusCode(200);
        given().get("/v1/numbers/" + first).then().body("messaging.status", equalTo("none"))
                .body("messaging.campaign_id", nullValue());

        given().contentType(ContentType.JSON).body(lineSeed(200, "Line Provisioned", stock.number(0), campaign, "r3"))
                .post(url + "/provision/add").then().statusCode(200);
        given().contentType(ContentType.JSON).body(zipwhipCampaignSeed(0, "Campaign Expired", campaign, "xyz456"))
                .post(url + "/campaign/delete").then().statusCode(200).body("status", equalTo("applied"));
        given().get("/v1/numbers/" + first).then().body("messaging.status", equalTo("none"));
        given().get("/v1/numbers/" + second).then().body("messaging.status", equalTo("none"));
        given().get("/v1/campaigns/" + campaign).then().body("status", equalTo("expired"));

        given().get("/v1/numbers/" + first + "/events").then().statusCode(200)
                .body("data.findAll { it.kind == 'number.messaging_changed' }.size()", equalTo(4));
    }

    @Test
    void the_openapi_document_describes_the_webhook_and_delivery_log_routes() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/webhooks/sautikit/{provider_id}"))
                .body(containsString("/webhooks/telnyx/{provider_id}"))
                .body(containsString("/v1/providers/{id}/credentials"))
                .body(containsString("/v1/provider-events/{id}/replay"))
                .body(containsString("/v1/campaigns/{id}"));
    }

    // ---- delivery log ----

    @Test
    void only_failed_deliveries_can_be_replayed_and_unknown_ones_are_404() {
        String provider = sautikitProvider();
        String id = postSautikit(provider, provisionedSeed(UUID.randomUUID().toString(), freshKe(), "r2"))
                .then().statusCode(200).extract().path("provider_event_id");
        given().post("/v1/provider-events/" + id + "/replay").then().statusCode(409)
                .body("code", equalTo("provider_events.not_replayable"));
        given().get("/v1/provider-events/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("provider_events.not_found"));
        given().get("/v1/provider-events/not-a-uuid").then().statusCode(404)
                .body("code", equalTo("provider_events.not_found"))
                .body("detail", equalTo("no provider event not-a-uuid"));
        given().post("/v1/provider-events/not-a-uuid/replay").then().statusCode(404)
                .body("code", equalTo("provider_events.not_found"));
        given().queryParam("status", "nonsense").get("/v1/provider-events").then().statusCode(400);
    }
}
