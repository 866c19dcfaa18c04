package com.numberinventory.bootstrap.outbound;

import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class WebhookSubscriptionApiTest {

    private static final String SECRET = "^whsec_[A-Za-z0-9+/]{43}=$";

    /** Creates a subscription; one without a workspace gets a fresh one, so it never receives other tests' events. */
    static ValidatableResponse create(Map<String, Object> body) {
        Map<String, Object> scoped = new java.util.HashMap<>(body);
        scoped.putIfAbsent("workspace_id", UUID.randomUUID().toString());
        return given().contentType(ContentType.JSON).body(scoped).post("/v1/webhooks").then();
    }

    @Test
    void creating_a_subscription_shows_the_secret_once() {
        String workspace = UUID.randomUUID().toString();
        String id = create(Map.of("url", "https://hooks.example.com/in", "events",
                List.of("number.released", "number.provisioned"), "description", "console", "workspace_id", workspace))
                .statusCode(201)
                .header("Location", matchesPattern(".*/v1/webhooks/[0-9a-f-]{36}$"))
                .body("secret", matchesPattern(SECRET))
                .body("url", equalTo("https://hooks.example.com/in"))
                .body("events", equalTo(List.of("number.provisioned", "number.released")))
                .body("description", equalTo("console"))
                .body("workspace_id", equalTo(workspace))
                .body("enabled", equalTo(true))
                .body("created_at", notNullValue())
                .extract().path("id");

        given().get("/v1/webhooks/" + id).then().statusCode(200)
                .body("$", not(hasKey("secret")))
                .body("id", equalTo(id))
                .body("events", hasSize(2));
        given().queryParam("limit", 500).get("/v1/webhooks").then().statusCode(200)
                .body("data.id", hasItem(id))
                .body("data", everyItem(not(hasKey("secret"))));
    }

    @Test
    void the_retired_number_assigned_kind_and_unknown_kinds_are_refused() {
        create(Map.of("url", "https://hooks.example.com/in", "events", List.of("number.assigned")))
                .statusCode(400).body("code", equalTo("webhooks.event_unsupported"));
        create(Map.of("url", "https://hooks.example.com/in", "events", List.of("number.provisioned", "number.exploded")))
                .statusCode(400).body("code", equalTo("webhooks.event_unsupported"));
        String id = create(Map.of("url", "https://hooks.example.com/in", "events", List.of("*")))
                .statusCode(201).body("events", equalTo(List.of("*"))).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("events", List.of("number.assigned")))
                .patch("/v1/webhooks/" + id).then().statusCode(400).body("code", equalTo("webhooks.event_unsupported"));
    }

    @Test
    void urls_that_are_not_http_or_have_no_host_are_refused() {
        create(Map.of("url", "ftp://hooks.example.com/in", "events", List.of("*")))
                .statusCode(400).body("code", equalTo("validation.bad_request")).body("errors[0].field", equalTo("url"));
        create(Map.of("url", "not a url", "events", List.of("*")))
                .statusCode(400).body("errors[0].field", equalTo("url"));
        create(Map.of("events", List.of("*"))).statusCode(400).body("errors[0].field", equalTo("url"));
    }

    @Test
    void patch_changes_url_events_and_enabled_and_delete_removes_the_subscription() {
        String id = create(Map.of("url", "https://hooks.example.com/in", "events", List.of("number.added")))
                .statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.example.com/v2", "events", List.of("*"), "enabled", false))
                .patch("/v1/webhooks/" + id).then().statusCode(200)
                .body("url", equalTo("https://hooks.example.com/v2"))
                .body("events", equalTo(List.of("*")))
                .body("enabled", equalTo(false))
                .body("$", not(hasKey("secret")));
        given().contentType(ContentType.JSON).body(Map.of("enabled", "maybe"))
                .patch("/v1/webhooks/" + id).then().statusCode(400).body("errors[0].field", equalTo("enabled"));

        given().delete("/v1/webhooks/" + id).then().statusCode(204);
        given().get("/v1/webhooks/" + id).then().statusCode(404).body("code", equalTo("webhooks.not_found"));
        given().delete("/v1/webhooks/" + id).then().statusCode(404);
        given().get("/v1/webhooks/not-a-uuid").then().statusCode(404).body("code", equalTo("webhooks.not_found"));
    }

    @Test
    void rotating_the_secret_shows_a_new_one_and_when_the_old_one_stops_signing() {
        String id = create(Map.of("url", "https://hooks.example.com/in", "events", List.of("*")))
                .statusCode(201).extract().path("id");
        given().post("/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                .body("secret", matchesPattern(SECRET))
                .body("previous_secret_expires_at", matchesPattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
        given().get("/v1/webhooks/" + id).then().statusCode(200).body("$", not(hasKey("secret")));
        given().post("/v1/webhooks/" + UUID.randomUUID() + "/rotate-secret").then().statusCode(404)
                .body("code", equalTo("webhooks.not_found"));
    }

    @Test
    void the_event_catalogue_lists_every_kind_with_a_sample_envelope() {
        given().get("/v1/webhooks/event-types").then().statusCode(200)
                .body("data.kind", equalTo(List.of("number.added", "number.reserved", "number.reservation_expired",
                        "number.reservation_cancelled", "number.provisioned", "number.released",
                        "number.transferred", "number.trial_converted", "number.suspended", "number.resumed", "number.activated",
                        "number.quarantine_ended", "number.retired", "number.messaging_changed", "series.activated",
                        "series.deactivated", "order.created", "order.completed", "order.failed", "job.completed")))
                .body("data.find { it.kind == 'number.provisioned' }.sample_payload.kind", equalTo("number.provisioned"))
                .body("data.find { it.kind == 'number.provisioned' }.sample_payload.data.rental_start_at", notNullValue())
                .body("data.find { it.kind == 'number.released' }.sample_payload.data.release_reason", equalTo("explicit"))
                .body("data.find { it.kind == 'number.transferred' }.sample_payload.data.to_workspace_id",
                        notNullValue())
                .body("data.find { it.kind == 'series.activated' }.sample_payload.workspace_id", nullValue())
                .body("next_cursor", nullValue());
    }

    @Test
    void number_transferred_can_be_subscribed_to() {
        create(Map.of("url", "https://hooks.example.com/in", "events", List.of("number.transferred")))
                .statusCode(201).body("events", equalTo(List.of("number.transferred")));
    }

    @Test
    void deliveries_of_an_unknown_subscription_or_with_an_unknown_status_are_refused() {
        given().get("/v1/webhooks/" + UUID.randomUUID() + "/deliveries").then().statusCode(404)
                .body("code", equalTo("webhooks.not_found"));
        String id = create(Map.of("url", "https://hooks.example.com/in", "events", List.of("*")))
                .statusCode(201).extract().path("id");
        given().queryParam("status", "lost").get("/v1/webhooks/" + id + "/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().post("/v1/webhook-deliveries/" + UUID.randomUUID() + "/retry").then().statusCode(404)
                .body("code", equalTo("webhooks.delivery_not_found"));
        given().delete("/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void the_openapi_document_describes_every_webhook_operation() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/v1/webhooks"))
                .body("paths", hasKey("/v1/webhooks/{id}"))
                .body("paths", hasKey("/v1/webhooks/{id}/rotate-secret"))
                .body("paths", hasKey("/v1/webhooks/{id}/deliveries"))
                .body("paths", hasKey("/v1/webhooks/event-types"))
                .body("paths", hasKey("/v1/webhook-deliveries/{id}/retry"))
                .body("paths.'/v1/webhooks/{id}'", hasKey("patch"));
    }
}
