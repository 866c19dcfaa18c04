package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class NumberLifecycleApiTest {

    private static final String MILLIS = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$";

    @Test
    void provisioning_assigns_the_number_and_starts_a_rental_at_the_series_price() {
        Fixtures.Stock stock = Fixtures.stock(3, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        String workspace = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                .post("/v1/numbers/" + id + "/provision")
                .then().statusCode(200)
                .body("status", equalTo("assigned"))
                .body("workspace_id", equalTo(workspace))
                .body("e164", equalTo(stock.number(0)))
                .body("country_code", equalTo("KE"))
                .body("capabilities", equalTo(List.of("voice", "sms")))
                .body("series_id", equalTo(stock.seriesId()))
                .body("provider_id", equalTo(stock.providerId()))
                .body("rental.workspace_id", equalTo(workspace))
                .body("rental.monthly_price.amount_minor", equalTo(10000))
                .body("rental.monthly_price.currency", equalTo("KES"))
                .body("rental.started_at", matchesPattern(MILLIS))
                .body("rental.trial_ends_at", nullValue())
                .body("created_at", matchesPattern(MILLIS));

        given().get("/v1/numbers/" + id).then().statusCode(200).body("status", equalTo("assigned"));
        given().queryParam("e164", stock.number(0)).get("/v1/numbers/lookup")
                .then().statusCode(200).body("workspace_id", equalTo(workspace));
    }

    @Test
    void release_ends_the_rental_and_quarantines_the_number() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        String workspace = UUID.randomUUID().toString();
        provision(id, workspace).then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("reason", "explicit", "workspace_id", workspace))
                .post("/v1/numbers/" + id + "/release")
                .then().statusCode(200)
                .body("status", equalTo("quarantined"))
                .body("workspace_id", nullValue())
                .body("rental", nullValue())
                .body("quarantine_until", matchesPattern(MILLIS));

        // Quarantine: another workspace is refused, the previous one may take it back.
        provision(id, UUID.randomUUID().toString()).then().statusCode(409)
                .body("code", equalTo("numbers.not_available"));
        provision(id, workspace).then().statusCode(200).body("status", equalTo("assigned"));
    }

    @Test
    void release_with_zero_quarantine_returns_the_number_to_available() {
        Fixtures.Stock stock = Fixtures.stock(1, "PT0S");
        String id = Fixtures.numberId(stock.number(0));
        provision(id, UUID.randomUUID().toString()).then().statusCode(200);
        release(id, "admin_released").then().statusCode(200).body("status", equalTo("available"))
                .body("quarantine_until", nullValue());
        provision(id, UUID.randomUUID().toString()).then().statusCode(200);
    }

    @Test
    void provisioning_an_assigned_number_is_refused_as_already_claimed() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        provision(id, UUID.randomUUID().toString()).then().statusCode(200);
        provision(id, UUID.randomUUID().toString()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("numbers.already_claimed"))
                .body("status", equalTo(409))
                .body("request_id", notNullValue());
    }

    @Test
    void provisioning_in_an_inactive_series_is_refused() {
        String provider = Fixtures.provider("sautikit");
        String series = Fixtures.series(provider, "P30D", true);
        long first = Fixtures.freshBlock();
        Fixtures.importRange(series, first, first);
        provision(Fixtures.numberId(Fixtures.e164(first)), UUID.randomUUID().toString())
                .then().statusCode(409).body("code", equalTo("numbers.series_not_active"));
    }

    @Test
    void provisioning_in_an_unpriced_series_is_refused_with_422() {
        String provider = Fixtures.provider("sautikit");
        String series = Fixtures.series(provider, "P30D", false);
        given().post("/v1/series/" + series + "/activate").then().statusCode(200);
        long first = Fixtures.freshBlock();
        Fixtures.importRange(series, first, first);
        provision(Fixtures.numberId(Fixtures.e164(first)), UUID.randomUUID().toString())
                .then().statusCode(422).body("code", equalTo("numbers.price_missing"));
    }

    @Test
    void releasing_a_number_nobody_holds_is_refused_as_not_assigned() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        release(Fixtures.numberId(stock.number(0)), "explicit").then().statusCode(409)
                .body("code", equalTo("numbers.not_assigned"));
    }

    @Test
    void release_naming_another_workspace_than_the_holder_is_refused() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        provision(id, UUID.randomUUID().toString()).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "explicit", "workspace_id", UUID.randomUUID().toString()))
                .post("/v1/numbers/" + id + "/release").then().statusCode(409)
                .body("code", equalTo("numbers.not_assigned"));
        given().get("/v1/numbers/" + id).then().body("status", equalTo("assigned"));
    }

    @Test
    void release_refuses_an_unknown_or_provider_only_reason() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        provision(id, UUID.randomUUID().toString()).then().statusCode(200);
        release(id, "provider_released").then().statusCode(400).body("code", equalTo("validation.bad_request"))
                .body("errors[0].field", equalTo("reason"));
        release(id, "because").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/v1/numbers/" + id + "/release").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void provisioning_needs_a_valid_workspace_id() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", "nope"))
                .post("/v1/numbers/" + id + "/provision").then().statusCode(400)
                .body("code", equalTo("validation.bad_request")).body("errors[0].field", equalTo("workspace_id"));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/v1/numbers/" + id + "/provision").then().statusCode(400)
                .body("errors[0].field", equalTo("workspace_id"));
        given().get("/v1/numbers/" + id).then().body("status", equalTo("available"));
    }

    @Test
    void unknown_numbers_are_not_found() {
        given().get("/v1/numbers/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("numbers.not_found"));
        given().get("/v1/numbers/not-a-uuid").then().statusCode(404).body("code", equalTo("numbers.not_found"));
        provision(UUID.randomUUID().toString(), UUID.randomUUID().toString()).then().statusCode(404)
                .body("code", equalTo("numbers.not_found"));
        given().queryParam("e164", "+254799999999").get("/v1/numbers/lookup").then().statusCode(404)
                .body("code", equalTo("numbers.not_found"));
    }

    @Test
    void lookup_refuses_what_is_not_e164() {
        given().queryParam("e164", "0700000000").get("/v1/numbers/lookup").then().statusCode(400)
                .body("code", equalTo("validation.bad_request")).body("errors[0].field", equalTo("e164"));
        given().get("/v1/numbers/lookup").then().statusCode(400).body("errors[0].field", equalTo("e164"));
    }

    @Test
    void every_change_is_recorded_as_a_domain_event_in_order() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        String workspace = UUID.randomUUID().toString();
        provision(id, workspace).then().statusCode(200);
        release(id, "explicit").then().statusCode(200);

        given().get("/v1/numbers/" + id + "/events").then().statusCode(200)
                .body("data", hasSize(3))
                .body("data[0].kind", equalTo("number.added"))
                .body("data[1].kind", equalTo("number.provisioned"))
                .body("data[1].workspace_id", equalTo(workspace))
                .body("data[1].event_id", notNullValue())
                .body("data[1].occurred_at", matchesPattern(MILLIS))
                .body("data[1].data.number_id", equalTo(id))
                .body("data[1].data.e164", equalTo(stock.number(0)))
                .body("data[1].data.country_code", equalTo("KE"))
                .body("data[1].data.capabilities", equalTo(List.of("voice", "sms")))
                .body("data[1].data.series_id", equalTo(stock.seriesId()))
                .body("data[1].data.rental_start_at", matchesPattern(MILLIS))
                .body("data[2].kind", equalTo("number.released"))
                .body("data[2].data.release_reason", equalTo("explicit"))
                .body("data[2].data.released_at", matchesPattern(MILLIS))
                .body("data[2].data.sequence", equalTo(3))
                .body("next_cursor", nullValue());
        given().get("/v1/numbers/" + UUID.randomUUID() + "/events").then().statusCode(404)
                .body("code", equalTo("numbers.not_found"));
    }

    static io.restassured.response.Response provision(String id, String workspace) {
        return given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                .post("/v1/numbers/" + id + "/provision");
    }

    static io.restassured.response.Response release(String id, String reason) {
        return given().contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/v1/numbers/" + id + "/release");
    }
}
