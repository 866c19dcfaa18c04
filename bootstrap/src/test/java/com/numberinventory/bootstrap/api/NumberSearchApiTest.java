package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class NumberSearchApiTest {

    @Test
    void digit_patterns_match_the_e164_without_plus() {
        Fixtures.Stock stock = Fixtures.stock(200, "P30D");
        String digits = stock.number(0).substring(1);
        String block = digits.substring(0, 8);
        given().queryParam("series_id", stock.seriesId()).queryParam("ends_with", "42").get("/v1/numbers")
                .then().statusCode(200).body("data", hasSize(2)).body("data.e164", everyItem(endsWith("42")));
        given().queryParam("series_id", stock.seriesId()).queryParam("starts_with", block + "01")
                .queryParam("limit", 500).get("/v1/numbers")
                .then().statusCode(200).body("data", hasSize(100)).body("data.e164", everyItem(startsWith("+" + block + "01")));
        given().queryParam("series_id", stock.seriesId()).queryParam("contains", block.substring(4) + "0199")
                .get("/v1/numbers").then().statusCode(200).body("data", hasSize(1))
                .body("data[0].e164", containsString("0199"));
        given().queryParam("ends_with", "4x").get("/v1/numbers").then().statusCode(400)
                .body("errors[0].field", equalTo("ends_with"));
    }

    @Test
    void filters_combine_status_workspace_country_and_capability() {
        Fixtures.Stock stock = Fixtures.stock(10, "P30D");
        String workspace = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                    .post("/v1/numbers/" + Fixtures.numberId(stock.number(i)) + "/provision").then().statusCode(200);
        }
        given().queryParam("workspace_id", workspace).get("/v1/numbers").then().statusCode(200)
                .body("data", hasSize(3)).body("data.status", everyItem(equalTo("assigned")))
                .body("data.rental.workspace_id", everyItem(equalTo(workspace)));
        given().queryParam("series_id", stock.seriesId()).queryParam("status", "available").get("/v1/numbers")
                .then().body("data", hasSize(7));
        given().queryParam("series_id", stock.seriesId()).queryParam("capability", "sms")
                .queryParam("country_code", "KE").get("/v1/numbers").then().body("data", hasSize(10));
        given().queryParam("series_id", stock.seriesId()).queryParam("capability", "fax").get("/v1/numbers")
                .then().body("data", hasSize(0));
        given().queryParam("provider_id", stock.providerId()).get("/v1/numbers").then().body("data", hasSize(10));
        given().queryParam("status", "lost").get("/v1/numbers").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("workspace_id", "x").get("/v1/numbers").then().statusCode(400)
                .body("errors[0].field", equalTo("workspace_id"));
    }

    @Test
    void paging_yields_every_number_exactly_once_while_numbers_are_added() {
        Fixtures.Stock stock = Fixtures.stock(45, "P30D");
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int page = 0;
        do {
            var spec = given().queryParam("series_id", stock.seriesId()).queryParam("limit", 10);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            var body = spec.get("/v1/numbers").then().statusCode(200).extract().jsonPath();
            List<String> ids = body.getList("data.id");
            for (String id : ids) {
                assertTrue(seen.add(id), "served twice: " + id);
            }
            if (page == 1) {
                // Rows inserted mid-walk sort after the cursor (UUIDv7 ids) and are served once, later on.
                Fixtures.importRange(stock.seriesId(), stock.first() + 45, stock.first() + 49);
            }
            cursor = body.getString("next_cursor");
            page++;
        } while (cursor != null);
        assertEquals(50, seen.size());
    }

    @Test
    void limit_is_bounded_and_cursors_must_be_the_services_own() {
        given().queryParam("limit", 0).get("/v1/numbers").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 501).get("/v1/numbers").then().statusCode(400);
        given().queryParam("limit", "ten").get("/v1/numbers").then().statusCode(400);
        given().queryParam("cursor", "not-a-cursor").get("/v1/numbers").then().statusCode(400)
                .body("code", equalTo("validation.invalid_cursor"));
        given().queryParam("cursor", "djEubnVtYmVycy4wMTkwMDAwMC0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDEuYWJj")
                .get("/v1/numbers").then().statusCode(400).body("code", equalTo("validation.invalid_cursor"));
        // A cursor of one list is not accepted by another.
        Fixtures.provider("sautikit");
        Fixtures.provider("sautikit");
        String providerCursor = given().queryParam("limit", 1).get("/v1/providers").then().extract().path("next_cursor");
        given().queryParam("cursor", providerCursor).get("/v1/numbers").then().statusCode(400)
                .body("code", equalTo("validation.invalid_cursor"));
    }

    @Test
    void lookup_tolerates_an_unencoded_plus() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        given().urlEncodingEnabled(false).get("/v1/numbers/lookup?e164=" + stock.number(0)).then().statusCode(200)
                .body("e164", equalTo(stock.number(0)));
        given().urlEncodingEnabled(false).get("/v1/numbers/lookup?e164=" + stock.number(0).replace("+", "%2B")).then().statusCode(200)
                .body("rental", nullValue());
    }
}
