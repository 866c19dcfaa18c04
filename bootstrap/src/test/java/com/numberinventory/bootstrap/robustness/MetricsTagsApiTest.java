package com.numberinventory.bootstrap.robustness;

import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.numberinventory.bootstrap.support.TestAuth.anonymous;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTP metrics are tagged by route template, so requests without a key cannot fill the URI-tag limit. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MetricsTagsApiTest {

    @Test
    void refused_requests_to_random_ids_are_tagged_by_template_and_leave_room_for_later_routes() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            anonymous().get("/v1/numbers/" + id).then().statusCode(401);
        }
        for (int i = 0; i < 20; i++) {
            anonymous().get("/v1/no-such-thing-" + UUID.randomUUID()).then().statusCode(401);
        }
        for (int i = 0; i < 30; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            // Refused before the REST layer matches a route: an unreadable and an unaccepted media type.
            given().header("Content-Type", i % 2 == 0 ? "json" : "text/plain").body("x".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/v1/numbers/" + id + "/suspend").then().statusCode(415);
        }
        given().get("/v1/rentals/" + UUID.randomUUID() + "/convert").then().statusCode(405);
        given().get("/v1/webhooks/event-types").then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> requestLines = metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count"))
                .toList();
        assertTrue(requestLines.stream().anyMatch(l -> l.contains("uri=\"/v1/numbers/{id}\"")
                && l.contains("status=\"401\"")), "refused lookups counted under the route template");
        assertTrue(requestLines.stream().anyMatch(l -> l.contains("uri=\"/v1/webhooks/event-types\"")),
                "a later authorised route still gets its metrics");
        for (String id : ids) {
            assertFalse(metrics.contains(id), "a raw id became a tag: " + id);
        }
        assertFalse(metrics.contains("no-such-thing-"), "a raw unknown path became a tag");
    }

    @Test
    void the_reactive_client_exports_no_gauge_of_one_connection_only() {
        // Lookups on separate HTTP connections land on different event loops, each with its own connection of the
        // reactive client; each connection registered the client's gauges again under the same name.
        for (int i = 0; i < 8; i++) {
            given().queryParam("e164", "+25479999999" + i).get("/v1/numbers/lookup").then().statusCode(404);
        }

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("numbers_reactive_processing_seconds_count")),
                "the client's shared timer is there");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("sql_pool_idle{pool_name=\"numbers-reactive\"")),
                "the pool's gauges are there");
        assertFalse(metrics.lines().anyMatch(l -> l.startsWith("numbers_reactive_queue_size")
                || l.startsWith("numbers_reactive_current")), "no gauge of one connection");
    }
}
