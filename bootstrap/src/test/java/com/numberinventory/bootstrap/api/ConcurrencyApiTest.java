package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.Race;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** domain.md rule 5 under real concurrency, against the running app and PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConcurrencyApiTest {

    @Test
    void fifty_parallel_provisions_of_one_number_give_exactly_one_winner() throws Exception {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        List<Response> responses = race(50, () -> given().contentType(ContentType.JSON)
                .body(Map.of("workspace_id", UUID.randomUUID().toString()))
                .post("/v1/numbers/" + id + "/provision"));
        long ok = responses.stream().filter(r -> r.statusCode() == 200).count();
        long claimed = responses.stream()
                .filter(r -> r.statusCode() == 409 && "numbers.already_claimed".equals(r.path("code"))).count();
        assertEquals(1, ok);
        assertEquals(49, claimed);
        given().get("/v1/numbers/" + id + "/events").then()
                .body("data.findAll { it.kind == 'number.provisioned' }.size()", equalTo(1));
    }

    @Test
    void two_hundred_parallel_provision_any_calls_on_150_numbers_hand_out_150_distinct_numbers() throws Exception {
        Fixtures.Stock stock = Fixtures.stock(150, "P30D");
        List<Response> responses = race(200, () -> given().contentType(ContentType.JSON)
                .body(Map.of("workspace_id", UUID.randomUUID().toString(), "series_id", stock.seriesId()))
                .post("/v1/numbers/provision"));
        Set<String> numbers = new HashSet<>();
        int none = 0;
        for (Response r : responses) {
            if (r.statusCode() == 200) {
                numbers.add(r.path("id"));
            } else {
                assertEquals(409, r.statusCode(), r.asString());
                assertEquals("numbers.none_available", r.path("code"));
                none++;
            }
        }
        assertEquals(150, numbers.size());
        assertEquals(50, none);
        given().get("/v1/series/" + stock.seriesId()).then().body("counts.assigned", equalTo(150))
                .body("counts.available", equalTo(0));
    }

    @Test
    void provision_any_honours_its_criteria() {
        Fixtures.Stock stock = Fixtures.stock(100, "P30D");
        String digits = stock.number(37).substring(1);
        given().contentType(ContentType.JSON)
                .body(Map.of("workspace_id", UUID.randomUUID().toString(), "series_id", stock.seriesId(),
                        "ends_with", digits.substring(digits.length() - 2), "capabilities", List.of("sms"),
                        "country_code", "KE"))
                .post("/v1/numbers/provision").then().statusCode(200).body("e164", equalTo(stock.number(37)))
                .body("status", equalTo("assigned"));
        given().contentType(ContentType.JSON)
                .body(Map.of("workspace_id", UUID.randomUUID().toString(), "series_id", stock.seriesId(),
                        "capabilities", List.of("fax")))
                .post("/v1/numbers/provision").then().statusCode(409).body("code", equalTo("numbers.none_available"));
        given().contentType(ContentType.JSON).body(Map.of("series_id", stock.seriesId()))
                .post("/v1/numbers/provision").then().statusCode(400).body("errors[0].field", equalTo("workspace_id"));
    }

    private static List<Response> race(int callers, Callable<Response> call) throws Exception {
        return Race.of(callers, call);
    }
}
