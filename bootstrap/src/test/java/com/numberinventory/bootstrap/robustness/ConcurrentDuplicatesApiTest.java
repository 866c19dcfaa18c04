package com.numberinventory.bootstrap.robustness;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.Race;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eight concurrent copies of a command: one success, the others the stable already-done answer, never a 5xx. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConcurrentDuplicatesApiTest {

    private static final int COPIES = 8;
    private static final String SECRET = "whsec_dup_" + UUID.randomUUID();

    @Test
    void eight_creations_of_one_series_external_ref_give_one_series_and_seven_series_exists() throws Exception {
        String provider = Fixtures.provider("sautikit");
        String ref = "block-" + UUID.randomUUID();
        Map<String, Integer> answers = race(i -> given().contentType(ContentType.JSON)
                .body(seriesBody(provider, ref)).post("/v1/series"));
        assertEquals(Map.of("201", 1, "409 numbers.series_exists", COPIES - 1), answers);
        given().contentType(ContentType.JSON).body(seriesBody(provider, ref)).post("/v1/series").then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("numbers.series_exists"));
        given().queryParam("provider_id", provider).get("/v1/series").then().statusCode(200)
                .body("data.findAll { it.external_ref == '" + ref + "' }.size()", equalTo(1));
    }

    @Test
    void eight_revocations_of_one_key_give_one_204_and_seven_already_revoked() throws Exception {
        String key = Keys.make(List.of("numbers:read")).id();
        Map<String, Integer> answers = race(i -> given().delete("/v1/api-keys/" + key));
        assertEquals(Map.of("204", 1, "409 api_key.already_revoked", COPIES - 1), answers);
    }

    @Test
    void eight_removals_of_one_provider_give_one_204_and_seven_not_found() throws Exception {
        String provider = Fixtures.provider("sautikit");
        Map<String, Integer> answers = race(i -> given().delete("/v1/providers/" + provider));
        assertEquals(Map.of("204", 1, "404 provider.not_found", COPIES - 1), answers);
    }

    @Test
    void eight_deletions_of_one_webhook_subscription_give_one_204_and_seven_not_found() throws Exception {
        String id = subscription();
        Map<String, Integer> answers = race(i -> given().delete("/v1/webhooks/" + id));
        assertEquals(Map.of("204", 1, "404 webhooks.not_found", COPIES - 1), answers);
    }

    @Test
    void eight_rotations_of_one_webhook_secret_all_succeed_one_after_the_other() throws Exception {
        String id = subscription();
        Map<String, Integer> answers = race(i -> given().post("/v1/webhooks/" + id + "/rotate-secret"));
        assertEquals(Map.of("200", COPIES), answers);
    }

    @Test
    void eight_retirements_of_one_number_give_one_success_and_seven_already_retired() throws Exception {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        Map<String, Integer> answers = race(i -> given().contentType(ContentType.JSON)
                .body(Map.of("reason", "copy " + i)).post("/v1/numbers/" + id + "/retire"));
        assertEquals(Map.of("200", 1, "409 numbers.retired", COPIES - 1), answers);
    }

    @Test
    void eight_suspensions_of_one_number_all_answer_suspended_and_record_one_event() throws Exception {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", UUID.randomUUID().toString()))
                .post("/v1/numbers/" + id + "/provision").then().statusCode(200);
        Map<String, Integer> answers = race(i -> given().contentType(ContentType.JSON)
                .body(Map.of("reason", "copy " + i)).post("/v1/numbers/" + id + "/suspend"));
        assertEquals(Map.of("200", COPIES), answers);
        given().get("/v1/numbers/" + id + "/events").then().statusCode(200)
                .body("data.findAll { it.kind == 'number.suspended' }.size()", equalTo(1));
    }

    @Test
    void eight_deliveries_for_distinct_numbers_naming_one_new_series_are_all_applied_into_one_series()
            throws Exception {
        String provider = Fixtures.provider("sautikit");
        given().contentType(ContentType.JSON).body(Map.of("webhook_secret", SECRET))
                .put("/v1/providers/" + provider + "/credentials").then().statusCode(200);
        String seriesRef = "01900000-0000-7000-8000-" + UUID.randomUUID().toString().substring(24);
        long first = Fixtures.freshBlock();
        Map<String, Integer> answers = race(i -> {
            byte[] body = provisioned(UUID.randomUUID().toString(), Fixtures.e164(first + i), seriesRef)
                    .getBytes(StandardCharsets.UTF_8);
            return given().contentType(ContentType.JSON).body(body).header("X-Sautikit-Event", "number.provisioned")
                    .header("X-Sautikit-Signature", hmacHex(body)).post("/webhooks/sautikit/" + provider);
        });
        assertEquals(Map.of("200", COPIES), answers);
        List<String> seriesIds = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            seriesIds.add(given().queryParam("e164", Fixtures.e164(first + i)).get("/v1/numbers/lookup").then()
                    .statusCode(200).extract().path("series_id"));
        }
        assertEquals(1, seriesIds.stream().distinct().count(), "every number joined the one series: " + seriesIds);
    }

    // ---- helpers ----

    private static Map<String, Object> seriesBody(String provider, String ref) {
        return Map.of("provider_id", provider, "name", "KE block", "country_code", "KE",
                "capabilities", List.of("voice", "sms"), "quarantine_period", "P30D", "external_ref", ref);
    }

    private static String subscription() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.example.com/in", "events", List.of("number.provisioned"),
                        "workspace_id", UUID.randomUUID().toString()))
                .post("/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    private static String provisioned(String eventId, String e164, String seriesRef) {
        return """
                {"kind": "number.provisioned", "event_id": "%s",
                 "workspace_id": "01900000-0000-7000-8000-000000000002", "occurred_at": "2026-06-27T10:00:00.000Z",
                 "data": {"number_id": "01900000-0000-7000-8000-000000000003", "e164": "%s", "country_code": "KE",
                          "capabilities": ["voice", "sms"], "series_id": "%s",
                          "rental_start_at": "2026-06-27T10:00:00.000Z"}}""".formatted(eventId, e164, seriesRef);
    }

    private static String hmacHex(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the copies at once; answers counted as "status" or "status code" (problems). Fails on any 5xx. */
    private static Map<String, Integer> race(IntFunction<Response> copy) throws Exception {
        Map<String, Integer> answers = new TreeMap<>();
        for (Response r : Race.indexed(COPIES, copy::apply)) {
            assertTrue(r.statusCode() < 500, "a copy answered " + r.statusCode() + ": " + r.asString());
            String answer = r.statusCode() >= 400 ? r.statusCode() + " " + r.path("code") : String.valueOf(r.statusCode());
            answers.merge(answer, 1, Integer::sum);
        }
        return answers;
    }
}
