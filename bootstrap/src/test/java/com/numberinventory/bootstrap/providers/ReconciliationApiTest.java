package com.numberinventory.bootstrap.providers;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.LocalUpstreamTest;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Reconciliation against Sautikit's paged tenant list (GET /v1/numbers with next_cursor), played by WireMock: each
 * kind of difference is reported, the report is kept, and applying it fixes the inventory.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReconciliationApiTest extends LocalUpstreamTest {

    @Test
    void each_kind_of_difference_is_reported_kept_and_applied() {
        String p = prefix("r");
        String provider = Fixtures.provider("sautikit");
        pointAtUpstream(provider, "KEY_" + p, p);
        String series = Fixtures.activeSeries(provider, "P30D");
        long block = Fixtures.freshBlock();
        Fixtures.importRange(series, block, block + 2);
        String both = Fixtures.e164(block);
        String onlyHere = Fixtures.e164(block + 1);
        String releasing = Fixtures.e164(block + 2);
        String onlyUpstream = Fixtures.e164(block + 3);
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v1/numbers")).withQueryParam("cursor", WireMock.absent())
                .willReturn(okJson("""
                        {"data": [{"id": "t1", "number": "%s", "status": "active"},
                                  {"id": "t3", "number": "%s", "status": "released"}],
                         "next_cursor": "c2"}""".formatted(both, releasing))));
        upstream.stubFor(get(urlPathEqualTo("/" + p + "/v1/numbers")).withQueryParam("cursor", WireMock.equalTo("c2"))
                .willReturn(okJson("""
                        {"data": [{"id": "t4", "number": "%s", "status": "active"}], "next_cursor": null}"""
                        .formatted(onlyUpstream))));

        String id = given().contentType(ContentType.JSON).body(Map.of("apply", false))
                .post("/v1/providers/" + provider + "/reconciliations").then().statusCode(201)
                .body("status", equalTo("reported")).body("upstream_count", equalTo(3))
                .body("inventory_count", equalTo(3))
                .body("differences.find { it.e164 == '" + onlyHere + "' }.kind", equalTo("missing_upstream"))
                .body("differences.find { it.e164 == '" + onlyUpstream + "' }.kind", equalTo("missing_here"))
                .body("differences.find { it.e164 == '" + releasing + "' }.kind", equalTo("state_mismatch"))
                .body("differences.find { it.e164 == '" + both + "' }", equalTo(null))
                .extract().path("id");
        given().queryParam("e164", onlyHere).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("available"));

        given().get("/v1/providers/" + provider + "/reconciliations").then().statusCode(200)
                .body("data.id", hasItem(id));
        given().get("/v1/providers/" + provider + "/reconciliations/" + id).then().statusCode(200)
                .body("status", equalTo("reported"));

        given().post("/v1/providers/" + provider + "/reconciliations/" + id + "/apply").then().statusCode(200)
                .body("status", equalTo("applied")).body("applied_at", notNullValue())
                .body("differences.find { it.e164 == '" + releasing + "' }.resolution",
                        containsString("left for an operator"));
        given().queryParam("e164", onlyHere).get("/v1/numbers/lookup").then().statusCode(404);
        given().queryParam("e164", onlyUpstream).get("/v1/numbers/lookup").then().statusCode(200)
                .body("status", equalTo("available")).body("provider_id", equalTo(provider));
        given().post("/v1/providers/" + provider + "/reconciliations/" + id + "/apply").then().statusCode(409)
                .body("code", equalTo("reconciliations.already_applied"));
    }

    @Test
    void unknown_reports_and_providers_are_not_found() {
        String provider = Fixtures.provider("sautikit");
        given().get("/v1/providers/" + provider + "/reconciliations/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("reconciliations.not_found"));
        given().post("/v1/providers/" + provider + "/reconciliations/" + UUID.randomUUID() + "/apply").then()
                .statusCode(404).body("code", equalTo("reconciliations.not_found"));
        given().contentType(ContentType.JSON).body(Map.of("apply", true))
                .post("/v1/providers/" + UUID.randomUUID() + "/reconciliations").then().statusCode(404)
                .body("code", equalTo("provider.not_found"));
        given().get("/v1/providers/" + UUID.randomUUID() + "/reconciliations").then().statusCode(404)
                .body("code", equalTo("provider.not_found"));
        given().contentType(ContentType.JSON).body(Map.of("apply", false))
                .post("/v1/providers/" + provider + "/reconciliations").then().statusCode(422)
                .body("code", equalTo("provider.api_credentials_missing"));
    }
}
