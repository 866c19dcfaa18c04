package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.numberinventory.bootstrap.support.TestAuth.withKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /v1/numbers/{id}/transfer}: one rental ends as transferred, the next opens at the same instant. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TransferApiTest {

    private static String ws() {
        return UUID.randomUUID().toString();
    }

    private static Response provision(String id, String workspace) {
        return given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                .post("/v1/numbers/" + id + "/provision");
    }

    /** A fresh number of a new series, provisioned to the workspace; its id. */
    private static String heldBy(String workspace) {
        String id = Fixtures.numberId(Fixtures.stock(1, "P30D").number(0));
        provision(id, workspace).then().statusCode(200);
        return id;
    }

    private static Response transfer(Map<String, ?> body, String id) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/numbers/" + id + "/transfer");
    }

    @Test
    void transfer_moves_the_rental_to_the_new_workspace_with_one_event_naming_both() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        String alice = ws();
        String bob = ws();
        String oldRental = provision(id, alice).then().statusCode(200).extract().path("rental.id");

        String newRental = transfer(Map.of("to_workspace_id", bob, "from_workspace_id", alice), id)
                .then().statusCode(200)
                .body("status", equalTo("assigned"))
                .body("workspace_id", equalTo(bob))
                .body("rental.workspace_id", equalTo(bob))
                .body("rental.monthly_price.amount_minor", equalTo(10000))
                .body("quarantine_until", nullValue())
                .extract().path("rental.id");

        given().queryParam("number_id", id).get("/v1/rentals").then().statusCode(200)
                .body("data", hasSize(2));
        given().get("/v1/rentals/" + oldRental).then().statusCode(200)
                .body("release_reason", equalTo("transferred"))
                .body("workspace_id", equalTo(alice));
        String endedAt = given().get("/v1/rentals/" + oldRental).then().extract().path("ended_at");
        given().get("/v1/rentals/" + newRental).then().statusCode(200)
                .body("started_at", equalTo(endedAt)).body("ended_at", nullValue())
                .body("workspace_id", equalTo(bob));

        List<Map<String, Object>> events = given().get("/v1/numbers/" + id + "/events").then().statusCode(200)
                .extract().path("data");
        List<Object> kinds = events.stream().map(e -> e.get("kind")).toList();
        assertEquals(List.of("number.added", "number.provisioned", "number.transferred"), kinds);
        given().get("/v1/numbers/" + id + "/events").then()
                .body("data[2].workspace_id", equalTo(bob))
                .body("data[2].data.from_workspace_id", equalTo(alice))
                .body("data[2].data.to_workspace_id", equalTo(bob))
                .body("data[2].data.ended_rental_id", equalTo(oldRental))
                .body("data[2].data.rental_id", equalTo(newRental))
                .body("data[2].data.transferred_at", equalTo(endedAt))
                .body("data[2].data.monthly_price.currency", equalTo("KES"))
                .body("data[2].data.sequence", equalTo(3));
        given().queryParam("e164", stock.number(0)).get("/v1/numbers/lookup")
                .then().statusCode(200).body("workspace_id", equalTo(bob));
    }

    @Test
    void refusals_have_stable_codes_and_change_nothing() {
        Fixtures.Stock stock = Fixtures.stock(2, "P30D");
        String held = Fixtures.numberId(stock.number(0));
        String free = Fixtures.numberId(stock.number(1));
        String alice = ws();
        provision(held, alice).then().statusCode(200);

        transfer(Map.of("to_workspace_id", ws()), free).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("numbers.not_assigned"));
        transfer(Map.of("to_workspace_id", ws(), "from_workspace_id", ws()), held).then().statusCode(409)
                .body("code", equalTo("numbers.holder_mismatch"));
        transfer(Map.of("to_workspace_id", alice), held).then().statusCode(422)
                .body("code", equalTo("numbers.same_workspace"));
        transfer(Map.of(), held).then().statusCode(400).body("code", equalTo("validation.bad_request"));
        transfer(Map.of("to_workspace_id", "not-a-uuid"), held).then().statusCode(400)
                .body("code", equalTo("validation.bad_request"));
        transfer(Map.of("to_workspace_id", ws()), UUID.randomUUID().toString()).then().statusCode(404)
                .body("code", equalTo("numbers.not_found"));

        given().get("/v1/numbers/" + held).then().body("workspace_id", equalTo(alice));
        given().get("/v1/numbers/" + held + "/events").then().body("data", hasSize(2));
    }

    @Test
    void only_inventory_admins_transfer_and_a_workspace_bound_key_learns_nothing_about_the_number() {
        String alice = ws();
        String carol = ws();
        String id = heldBy(alice);

        // Workspace-bound keys cannot hold inventory:admin, so they are refused before the number is read: the
        // answer is the same for another workspace's number and for a number that does not exist.
        String carolsWriter = Keys.make(List.of("numbers:read", "numbers:write"), carol, null).key();
        String body = "{\"to_workspace_id\":\"" + carol + "\"}";
        Response otherNumber = withKey(carolsWriter).contentType(ContentType.JSON).body(body)
                .post("/v1/numbers/" + id + "/transfer");
        Response missing = withKey(carolsWriter).contentType(ContentType.JSON).body(body)
                .post("/v1/numbers/" + UUID.randomUUID() + "/transfer");
        otherNumber.then().statusCode(403).body("code", equalTo("api_key.scope_denied"));
        missing.then().statusCode(403).body("code", equalTo("api_key.scope_denied"));
        assertEquals(missing.jsonPath().getString("detail"), otherNumber.jsonPath().getString("detail"));
        assertTrue(!otherNumber.asString().contains(alice));

        String unboundWriter = Keys.make(List.of("numbers:write")).key();
        withKey(unboundWriter).contentType(ContentType.JSON).body(body).post("/v1/numbers/" + id + "/transfer")
                .then().statusCode(403).body("code", equalTo("api_key.scope_denied"));
        given().get("/v1/numbers/" + id).then().body("workspace_id", equalTo(alice));
    }

    @Test
    void a_transfer_racing_a_release_of_the_same_number_leaves_one_consistent_outcome() throws Exception {
        for (int round = 0; round < 5; round++) {
            String alice = ws();
            String bob = ws();
            String id = heldBy(alice);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> t = () -> transfer(Map.of("to_workspace_id", bob), id).statusCode();
                Callable<Integer> r = () -> given().contentType(ContentType.JSON)
                        .body(Map.of("reason", "admin_released")).post("/v1/numbers/" + id + "/release")
                        .statusCode();
                Future<Integer> tf = pool.submit(t);
                Future<Integer> rf = pool.submit(r);
                int ts = tf.get();
                int rs = rf.get();
                assertEquals(200, rs, "the release always finds a holder (alice or bob)");
                assertTrue(ts == 200 || ts == 409, "transfer answered " + ts);
            } finally {
                pool.shutdownNow();
            }
            given().get("/v1/numbers/" + id).then().statusCode(200).body("status", equalTo("quarantined"));
            // Exactly one open rental never remains, and every ended rental has a reason.
            given().queryParam("number_id", id).get("/v1/rentals").then().statusCode(200)
                    .body("data.findAll { it.ended_at == null }", hasSize(0))
                    .body("data.findAll { it.release_reason == null }", hasSize(0))
                    .body("data[0].id", notNullValue());
        }
    }
}
