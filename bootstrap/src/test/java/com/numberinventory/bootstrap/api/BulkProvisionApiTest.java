package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.Race;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /v1/numbers/provision} with {@code quantity} and {@code partial}. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BulkProvisionApiTest {

    private static Response provision(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/numbers/provision");
    }

    private static Map<String, Object> body(String series, Object... more) {
        Map<String, Object> b = new HashMap<>();
        b.put("workspace_id", UUID.randomUUID().toString());
        b.put("series_id", series);
        for (int i = 0; i < more.length; i += 2) {
            b.put((String) more[i], more[i + 1]);
        }
        return b;
    }

    @Test
    void quantity_answers_the_list_of_assigned_numbers_and_without_it_the_single_shape_stays() {
        Fixtures.Stock stock = Fixtures.stock(6, "P30D");
        Map<String, Object> many = body(stock.seriesId(), "quantity", 4);
        provision(many).then().statusCode(201)
                .body("requested", equalTo(4)).body("provisioned", equalTo(4))
                .body("data", hasSize(4))
                .body("data.findAll { it.status == 'assigned' }", hasSize(4))
                .body("data.findAll { it.workspace_id == '" + many.get("workspace_id") + "' }", hasSize(4))
                .body("data[0].rental.monthly_price.amount_minor", equalTo(10000));

        provision(body(stock.seriesId())).then().statusCode(200)
                .body("status", equalTo("assigned")).body("id", notNullValue()).body("data", org.hamcrest.Matchers.nullValue());
        given().get("/v1/series/" + stock.seriesId()).then().body("counts.assigned", equalTo(5))
                .body("counts.available", equalTo(1));
    }

    @Test
    void all_or_nothing_refuses_when_fewer_are_available_and_partial_takes_what_there_is() {
        Fixtures.Stock stock = Fixtures.stock(3, "P30D");
        provision(body(stock.seriesId(), "quantity", 5)).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("numbers.none_available"));
        provision(body(stock.seriesId(), "quantity", 5, "partial", false)).then().statusCode(409)
                .body("code", equalTo("numbers.none_available"));
        given().get("/v1/series/" + stock.seriesId()).then().body("counts.available", equalTo(3));

        provision(body(stock.seriesId(), "quantity", 5, "partial", true)).then().statusCode(201)
                .body("requested", equalTo(5)).body("provisioned", equalTo(3)).body("data", hasSize(3));
        provision(body(stock.seriesId(), "quantity", 1, "partial", true)).then().statusCode(409)
                .body("code", equalTo("numbers.none_available"));
    }

    @Test
    void bad_quantities_are_400_and_change_nothing() {
        Fixtures.Stock stock = Fixtures.stock(2, "P30D");
        for (Object q : List.of(0, -1, 1001, "ten")) {
            provision(body(stock.seriesId(), "quantity", q)).then().statusCode(400)
                    .body("code", equalTo("validation.bad_request"));
        }
        given().get("/v1/series/" + stock.seriesId()).then().body("counts.available", equalTo(2));
        // partial alone (a generated client sends its default) keeps the single-number answer.
        provision(body(stock.seriesId(), "partial", false)).then().statusCode(200).body("status", equalTo("assigned"));
    }

    @Test
    void concurrent_bulk_callers_never_share_a_number() throws Exception {
        Fixtures.Stock stock = Fixtures.stock(60, "P30D");
        List<Response> responses = Race.of(8,
                () -> provision(body(stock.seriesId(), "quantity", 10, "partial", true)));
        Set<String> ids = new HashSet<>();
        int handedOut = 0;
        for (Response r : responses) {
            if (r.statusCode() == 201) {
                List<String> got = r.path("data.id");
                handedOut += got.size();
                ids.addAll(got);
            } else {
                assertEquals(409, r.statusCode(), r.asString());
            }
        }
        assertEquals(60, handedOut, "every number handed out once");
        assertEquals(60, ids.size(), "no number handed out twice");
        given().get("/v1/series/" + stock.seriesId()).then().body("counts.assigned", equalTo(60));
    }

    @Test
    void a_repeated_idempotency_key_answers_the_same_list_without_provisioning_again() {
        Fixtures.Stock stock = Fixtures.stock(4, "P30D");
        Map<String, Object> b = body(stock.seriesId(), "quantity", 2);
        String key = UUID.randomUUID().toString();
        Response first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(b)
                .post("/v1/numbers/provision");
        Response again = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(b)
                .post("/v1/numbers/provision");
        first.then().statusCode(201);
        again.then().statusCode(201);
        assertEquals(first.jsonPath().getList("data.id"), again.jsonPath().getList("data.id"));
        given().get("/v1/series/" + stock.seriesId()).then().body("counts.assigned", equalTo(2));
        assertTrue(first.jsonPath().getList("data.id").size() == 2);
    }
}
