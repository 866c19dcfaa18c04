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
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProvidersApiTest {

    @Test
    void a_provider_is_created_and_read_back() {
        String id = given().contentType(ContentType.JSON).body(Map.of("name", "Telnyx US", "kind", "telnyx"))
                .post("/v1/providers").then().statusCode(201)
                .header("Location", notNullValue())
                .body("id", matchesPattern("^[0-9a-f-]{36}$"))
                .body("name", equalTo("Telnyx US"))
                .body("kind", equalTo("telnyx"))
                .body("status", equalTo("active"))
                .body("created_at", matchesPattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"))
                .extract().path("id");
        given().get("/v1/providers/" + id).then().statusCode(200).body("name", equalTo("Telnyx US"));
    }

    @Test
    void a_provider_needs_a_name_and_a_known_kind() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "telnyx")).post("/v1/providers")
                .then().statusCode(400).body("code", equalTo("validation.bad_request"))
                .body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "kind", "vonage")).post("/v1/providers")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void an_unknown_provider_is_not_found() {
        given().get("/v1/providers/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("provider.not_found"));
        given().delete("/v1/providers/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("provider.not_found"));
    }

    @Test
    void a_provider_with_an_active_series_cannot_be_deleted_until_it_is_deactivated() {
        String provider = Fixtures.provider("sautikit");
        String series = Fixtures.activeSeries(provider, "P30D");
        given().delete("/v1/providers/" + provider).then().statusCode(409)
                .body("code", equalTo("provider.has_active_series"));
        given().get("/v1/providers/" + provider).then().statusCode(200);

        given().post("/v1/series/" + series + "/deactivate").then().statusCode(200);
        given().delete("/v1/providers/" + provider).then().statusCode(204);
        given().get("/v1/providers/" + provider).then().statusCode(404);
    }

    @Test
    void the_list_pages_through_every_provider_exactly_once() {
        for (int i = 0; i < 7; i++) {
            Fixtures.provider("zipwhip");
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = given().queryParam("limit", 3);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            var body = spec.get("/v1/providers").then().statusCode(200).extract().jsonPath();
            List<String> ids = body.getList("data.id");
            for (String id : ids) {
                assertTrue(seen.add(id), "seen twice: " + id);
            }
            cursor = body.getString("next_cursor");
            pages++;
        } while (cursor != null && pages < 1000);
        assertTrue(seen.size() >= 7);
    }
}
