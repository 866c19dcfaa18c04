package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SeriesApiTest {

    /** POST /v1/series/{id}/numbers: a range or a list of numbers into the series. */
    private static ValidatableResponse importNumbers(Object series, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/series/" + series + "/numbers").then();
    }

    private static Map<String, Object> seriesBody(String provider) {
        Map<String, Object> body = new HashMap<>();
        body.put("provider_id", provider);
        body.put("name", "Nairobi");
        body.put("country_code", "KE");
        body.put("capabilities", List.of("voice", "sms"));
        body.put("monthly_price", Map.of("amount_minor", 10000, "currency", "KES"));
        body.put("external_ref", "SK-" + UUID.randomUUID());
        return body;
    }

    @Test
    void a_new_series_is_inactive_with_the_default_quarantine() {
        String provider = Fixtures.provider("sautikit");
        given().contentType(ContentType.JSON).body(seriesBody(provider)).post("/v1/series")
                .then().statusCode(201)
                .body("status", equalTo("inactive"))
                .body("provider_id", equalTo(provider))
                .body("country_code", equalTo("KE"))
                .body("capabilities", equalTo(List.of("voice", "sms")))
                .body("monthly_price.amount_minor", equalTo(10000))
                .body("monthly_price.currency", equalTo("KES"))
                .body("quarantine_period", equalTo("P30D"));
    }

    @Test
    void series_input_is_validated_field_by_field() {
        String provider = Fixtures.provider("sautikit");
        Map<String, Object> body = seriesBody(provider);
        body.put("country_code", "XX");
        expectField(body, "country_code");
        body = seriesBody(provider);
        body.put("capabilities", List.of("voice", "smoke-signals"));
        expectField(body, "capabilities");
        body = seriesBody(provider);
        body.put("monthly_price", Map.of("amount_minor", 100, "currency", "shillings"));
        expectField(body, "monthly_price.currency");
        body = seriesBody(provider);
        body.put("quarantine_period", "a month");
        expectField(body, "quarantine_period");
        body = seriesBody(provider);
        body.remove("name");
        expectField(body, "name");
        body = seriesBody(provider);
        body.put("provider_id", "nope");
        expectField(body, "provider_id");
        body = seriesBody(UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(body).post("/v1/series").then().statusCode(404)
                .body("code", equalTo("provider.not_found"));
    }

    private static void expectField(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/v1/series").then().statusCode(400)
                .body("code", equalTo("validation.bad_request")).body("errors[0].field", equalTo(field));
    }

    @Test
    void patch_changes_only_the_fields_given_and_null_price_unprices() {
        String provider = Fixtures.provider("sautikit");
        String id = given().contentType(ContentType.JSON).body(seriesBody(provider)).post("/v1/series")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed", "quarantine_period", "P14D", "capabilities", List.of("sms")))
                .patch("/v1/series/" + id).then().statusCode(200)
                .body("name", equalTo("Renamed")).body("quarantine_period", equalTo("P14D"))
                .body("capabilities", equalTo(List.of("sms")))
                .body("monthly_price.amount_minor", equalTo(10000));
        given().contentType(ContentType.JSON).body("{\"monthly_price\": null}")
                .patch("/v1/series/" + id).then().statusCode(200).body("monthly_price", nullValue())
                .body("name", equalTo("Renamed"));
        given().contentType(ContentType.JSON).body(Map.of("monthly_price", Map.of("amount_minor", 5000, "currency", "KES")))
                .patch("/v1/series/" + id).then().statusCode(200).body("monthly_price.amount_minor", equalTo(5000));
        given().contentType(ContentType.JSON).body(Map.of("name", "x"))
                .patch("/v1/series/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("numbers.series_not_found"));
    }

    @Test
    void activate_and_deactivate_toggle_the_status() {
        String provider = Fixtures.provider("sautikit");
        String id = Fixtures.series(provider, "P30D", true);
        given().post("/v1/series/" + id + "/activate").then().statusCode(200).body("status", equalTo("active"));
        given().post("/v1/series/" + id + "/activate").then().statusCode(200).body("status", equalTo("active"));
        given().post("/v1/series/" + id + "/deactivate").then().statusCode(200).body("status", equalTo("inactive"));
        given().post("/v1/series/" + UUID.randomUUID() + "/activate").then().statusCode(404)
                .body("code", equalTo("numbers.series_not_found"));
    }

    @Test
    void get_shows_counts_for_every_status() {
        Fixtures.Stock stock = Fixtures.stock(5, "P30D");
        String n0 = Fixtures.numberId(stock.number(0));
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", UUID.randomUUID().toString()))
                .post("/v1/numbers/" + n0 + "/provision").then().statusCode(200);
        given().get("/v1/series/" + stock.seriesId()).then().statusCode(200)
                .body("counts.available", equalTo(4))
                .body("counts.assigned", equalTo(1))
                .body("counts.pending", equalTo(0))
                .body("counts.reserved", equalTo(0))
                .body("counts.quarantined", equalTo(0))
                .body("counts.retired", equalTo(0));
        given().get("/v1/series/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("numbers.series_not_found"));
    }

    @Test
    void the_list_filters_by_provider_country_and_status() {
        String provider = Fixtures.provider("telnyx");
        String active = Fixtures.activeSeries(provider, "P30D");
        Fixtures.series(provider, "P30D", true);
        given().queryParam("provider_id", provider).get("/v1/series").then().statusCode(200)
                .body("data", hasSize(2));
        given().queryParam("provider_id", provider).queryParam("status", "active").get("/v1/series")
                .then().statusCode(200).body("data", hasSize(1)).body("data[0].id", equalTo(active));
        given().queryParam("provider_id", provider).queryParam("country_code", "US").get("/v1/series")
                .then().statusCode(200).body("data", hasSize(0));
        given().queryParam("status", "sleeping").get("/v1/series").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void a_range_import_adds_every_number_and_skips_those_already_held() {
        String series = Fixtures.activeSeries(Fixtures.provider("sautikit"), "P30D");
        long first = Fixtures.freshBlock();
        importNumbers(series, Map.of("range", Map.of("first", Fixtures.e164(first), "last",
                Fixtures.e164(first + 99)))).statusCode(201)
                .body("added", equalTo(100)).body("skipped", hasSize(0));
        importNumbers(series, Map.of("range", Map.of("first", Fixtures.e164(first + 90), "last",
                Fixtures.e164(first + 109)))).statusCode(201)
                .body("added", equalTo(10)).body("skipped", hasSize(10))
                .body("skipped.reason", everyItem(equalTo("already_in_inventory")))
                .body("skipped[0].e164", equalTo(Fixtures.e164(first + 90)));
        given().get("/v1/series/" + series).then().body("counts.available", equalTo(110));
    }

    @Test
    void a_list_import_reports_duplicates_and_refuses_bad_entries_without_importing_anything() {
        String series = Fixtures.activeSeries(Fixtures.provider("sautikit"), "P30D");
        long first = Fixtures.freshBlock();
        importNumbers(series, Map.of("e164", List.of(Fixtures.e164(first), Fixtures.e164(first + 1),
                Fixtures.e164(first)))).statusCode(201)
                .body("added", equalTo(2)).body("skipped[0].reason", equalTo("duplicate_in_request"));
        importNumbers(series, Map.of("e164", List.of(Fixtures.e164(first + 2), "not-a-number"))).statusCode(400)
                .body("code", equalTo("validation.bad_request")).body("errors[0].field", equalTo("e164[1]"));
        importNumbers(series, Map.of("e164", List.of(Fixtures.e164(first + 3), "+12025550123"))).statusCode(400)
                .body("code", equalTo("numbers.series_invalid"));
        given().get("/v1/series/" + series).then().body("counts.available", equalTo(2));
    }

    @Test
    void malformed_ranges_are_refused_as_series_invalid() {
        String series = Fixtures.activeSeries(Fixtures.provider("sautikit"), "P30D");
        long first = Fixtures.freshBlock();
        List<Map<String, String>> bad = new ArrayList<>();
        bad.add(Map.of("first", Fixtures.e164(first + 10), "last", Fixtures.e164(first)));
        bad.add(Map.of("first", "+12025550100", "last", "+12025550199"));
        bad.add(Map.of("first", "+254700000000", "last", "+254799999999"));
        for (Map<String, String> range : bad) {
            importNumbers(series, Map.of("range", range)).statusCode(400)
                    .body("code", equalTo("numbers.series_invalid"));
        }
        importNumbers(series, Map.of()).statusCode(400)
                .body("code", equalTo("validation.bad_request"));
        importNumbers(series, Map.of("range", Map.of("first", Fixtures.e164(first), "last", "banana"))).statusCode(400)
                .body("code", equalTo("validation.bad_request")).body("errors[0].field", equalTo("range.last"));
        importNumbers(UUID.randomUUID(), Map.of("e164", List.of(Fixtures.e164(first)))).statusCode(404)
                .body("code", equalTo("numbers.series_not_found"));
    }
}
