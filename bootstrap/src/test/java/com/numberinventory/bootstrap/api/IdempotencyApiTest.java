package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.Race;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Idempotency-Key on POSTs under /v1: retries never provision, release or charge twice. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class IdempotencyApiTest {

    private static Response provision(String key, String numberId, String workspace) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("workspace_id", workspace)).post("/v1/numbers/" + numberId + "/provision");
    }

    @Test
    void a_retry_with_the_same_key_and_body_gets_the_first_answer_again() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        String key = UUID.randomUUID().toString();
        String workspace = UUID.randomUUID().toString();
        Response first = provision(key, id, workspace);
        first.then().statusCode(200).header("Idempotent-Replayed", nullValue());
        Response again = provision(key, id, workspace);
        again.then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("rental.id", equalTo(first.path("rental.id")))
                .body("workspace_id", equalTo(workspace));
        given().get("/v1/numbers/" + id + "/events").then()
                .body("data.findAll { it.kind == 'number.provisioned' }.size()", equalTo(1));
    }

    @Test
    void an_error_answer_is_replayed_too() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("reason", "explicit"))
                .post("/v1/numbers/" + id + "/release").then().statusCode(409).body("code", equalTo("numbers.not_assigned"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("reason", "explicit"))
                .post("/v1/numbers/" + id + "/release").then().statusCode(409)
                .header("Idempotent-Replayed", "true").body("code", equalTo("numbers.not_assigned"));
    }

    @Test
    void the_same_key_with_another_body_is_a_conflict() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        String key = UUID.randomUUID().toString();
        provision(key, id, UUID.randomUUID().toString()).then().statusCode(200);
        provision(key, id, UUID.randomUUID().toString()).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("idempotency.conflict"));
    }

    @Test
    void keys_longer_than_255_characters_are_refused() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        provision("k".repeat(256), id, UUID.randomUUID().toString()).then().statusCode(400)
                .body("code", equalTo("validation.bad_request"));
        given().get("/v1/numbers/" + id).then().body("status", equalTo("available"));
    }

    @Test
    void twenty_parallel_identical_requests_with_one_key_execute_once() throws Exception {
        Fixtures.Stock stock = Fixtures.stock(30, "P30D");
        String key = UUID.randomUUID().toString();
        String body = "{\"workspace_id\":\"" + UUID.randomUUID() + "\",\"series_id\":\"" + stock.seriesId() + "\"}";
        List<Response> responses = Race.of(20, () -> given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/v1/numbers/provision"));
        String number = null;
        for (Response r : responses) {
            if (r.statusCode() == 200) {
                if (number == null) {
                    number = r.path("id");
                }
                assertEquals(number, r.path("id"), "every success is the same provision");
            } else {
                assertEquals(409, r.statusCode(), r.asString());
                assertEquals("idempotency.in_flight", r.path("code"));
            }
        }
        assertTrue(number != null);
        given().get("/v1/series/" + stock.seriesId()).then().body("counts.assigned", equalTo(1));
        // After it finished, a retry is a replay of that one provision.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/v1/numbers/provision").then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(number));
    }

    @Test
    void keys_are_not_needed_and_gets_ignore_them() {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        given().header("Idempotency-Key", "x").get("/v1/numbers/" + id).then().statusCode(200)
                .header("Idempotent-Replayed", nullValue());
    }
}
