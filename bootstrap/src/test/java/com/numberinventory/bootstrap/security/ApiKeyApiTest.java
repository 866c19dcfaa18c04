package com.numberinventory.bootstrap.security;

import com.numberinventory.bootstrap.support.ClockMovingTest;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import com.numberinventory.bootstrap.support.TestAuth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.numberinventory.bootstrap.support.TestAuth.anonymous;
import static com.numberinventory.bootstrap.support.TestAuth.withKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ApiKeyApiTest extends ClockMovingTest {

    @Test
    void a_new_key_is_shown_once_with_its_prefix_and_never_again() {
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("name", "console backend", "scopes", List.of("numbers:read", "numbers:write")))
                .post("/v1/api-keys")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/v1/api-keys/"))
                .body("key", matchesPattern("^nik_[A-Za-z0-9_-]{43}$"))
                .body("name", equalTo("console backend"))
                .body("scopes", equalTo(List.of("numbers:read", "numbers:write")))
                .body("status", equalTo("active"))
                .body("workspace_id", nullValue())
                .extract();
        String id = created.path("id");
        String key = created.path("key");
        given().get("/v1/api-keys/" + id).then().statusCode(200)
                .body("key", nullValue())
                .body("key_prefix", equalTo(key.substring(0, 12)))
                .body("$", not(org.hamcrest.Matchers.hasKey("key")));
        given().queryParam("limit", 500).get("/v1/api-keys").then().statusCode(200)
                .body("data.id", hasItem(id))
                .body("data.key", everyItem(nullValue()));
        // The key works.
        withKey(key).get("/v1/numbers?limit=1").then().statusCode(200);
    }

    @Test
    void two_keys_are_never_the_same() {
        String a = Keys.make(List.of("numbers:read")).key();
        String b = Keys.make(List.of("numbers:read")).key();
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }

    @Test
    void a_key_without_a_name_is_refused() {
        given().contentType(ContentType.JSON).body(Map.of("scopes", List.of("numbers:read")))
                .post("/v1/api-keys").then().statusCode(400).body("code", equalTo("api_key.name_required"));
        given().contentType(ContentType.JSON).body(Map.of("name", "  ", "scopes", List.of("numbers:read")))
                .post("/v1/api-keys").then().statusCode(400).body("code", equalTo("api_key.name_required"));
    }

    @Test
    void an_unknown_or_missing_scope_is_refused() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "scopes", List.of("numbers:delete")))
                .post("/v1/api-keys").then().statusCode(400).body("code", equalTo("api_key.scope_invalid"))
                .body("errors[0].field", equalTo("scopes"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "scopes", List.of()))
                .post("/v1/api-keys").then().statusCode(400).body("code", equalTo("api_key.scope_invalid"));
    }

    @Test
    void a_workspace_bound_key_may_not_hold_cross_workspace_scopes() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "scopes", List.of("keys:admin"),
                        "workspace_id", UUID.randomUUID().toString()))
                .post("/v1/api-keys").then().statusCode(400).body("code", equalTo("api_key.scope_invalid"));
    }

    @Test
    void an_expiry_in_the_past_is_refused() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "scopes", List.of("numbers:read"),
                        "expires_at", "2020-01-01T00:00:00Z"))
                .post("/v1/api-keys").then().statusCode(400).body("code", equalTo("validation.bad_request"));
    }

    @Test
    void a_revoked_key_is_refused_at_once_and_cannot_be_revoked_twice() {
        Keys.Made made = Keys.make(List.of("numbers:read"));
        withKey(made.key()).get("/v1/numbers?limit=1").then().statusCode(200);
        Keys.revoke(made.id());
        withKey(made.key()).get("/v1/numbers?limit=1").then().statusCode(401)
                .body("code", equalTo("api_key.revoked"));
        given().get("/v1/api-keys/" + made.id()).then().statusCode(200)
                .body("status", equalTo("revoked")).body("revoked_at", notNullValue());
        given().delete("/v1/api-keys/" + made.id()).then().statusCode(409)
                .body("code", equalTo("api_key.already_revoked"));
    }

    @Test
    void an_expired_key_is_refused() {
        Instant expiry = clock.instant().plusSeconds(60);
        Keys.Made made = Keys.make(List.of("numbers:read"), null, expiry.toString());
        withKey(made.key()).get("/v1/numbers?limit=1").then().statusCode(200);
        clock.advance(java.time.Duration.ofSeconds(61));
        withKey(made.key()).get("/v1/numbers?limit=1").then().statusCode(401)
                .body("code", equalTo("api_key.expired"));
        given().get("/v1/api-keys/" + made.id()).then().body("status", equalTo("expired"));
    }

    @Test
    void revoking_an_unknown_key_is_not_found() {
        given().delete("/v1/api-keys/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("api_key.not_found"));
        given().get("/v1/api-keys/not-a-uuid").then().statusCode(404).body("code", equalTo("api_key.not_found"));
    }

    @Test
    void requests_without_a_valid_key_are_refused_with_401() {
        anonymous().get("/v1/numbers").then().statusCode(401).body("code", equalTo("api_key.invalid"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", notNullValue())
                .contentType("application/problem+json");
        withKey("nik_" + "A".repeat(43)).get("/v1/numbers").then().statusCode(401)
                .body("code", equalTo("api_key.invalid"));
        anonymous().header("Authorization", "Basic dXNlcjpwYXNz").get("/v1/numbers").then().statusCode(401)
                .body("code", equalTo("api_key.invalid"));
        anonymous().header("Authorization", "Bearer ").get("/v1/numbers").then().statusCode(401)
                .body("code", equalTo("api_key.invalid"));
    }

    @Test
    void unknown_routes_and_disguised_paths_under_v1_still_need_a_key() {
        anonymous().get("/v1/no-such-thing").then().statusCode(401).body("code", equalTo("api_key.invalid"));
        anonymous().get("/v1").then().statusCode(401);
        // However the path is dressed up, it is refused or not served; never answered without a key.
        for (String path : List.of("//v1/numbers", "/v1;x=y/numbers", "/v1/./numbers", "/x/../v1/numbers",
                "/v1/%6Eumbers", "/v1/numbers/", "/V1/numbers")) {
            anonymous().urlEncodingEnabled(false).get(path).then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(404)));
        }
        anonymous().urlEncodingEnabled(false).get("/v1/%6Eumbers").then().statusCode(401);
        // The full-admin key reaches unknown routes and gets the ordinary 404.
        given().get("/v1/no-such-thing").then().statusCode(404).body("code", equalTo("not_found"));
    }

    @Test
    void a_key_without_the_route_scope_is_refused_with_403() {
        String reader = Keys.make(List.of("numbers:read")).key();
        withKey(reader).contentType(ContentType.JSON).body(Map.of("workspace_id", UUID.randomUUID().toString()))
                .post("/v1/numbers/provision").then().statusCode(403).body("code", equalTo("api_key.scope_denied"));
        withKey(reader).get("/v1/providers").then().statusCode(403).body("code", equalTo("api_key.scope_denied"));
        withKey(reader).get("/v1/api-keys").then().statusCode(403).body("code", equalTo("api_key.scope_denied"));
        // Routes no rule names are for full-admin keys only.
        withKey(reader).get("/v1/no-such-thing").then().statusCode(403)
                .body("code", equalTo("api_key.scope_denied"));
    }

    @Test
    void health_openapi_swagger_and_provider_webhooks_are_public() {
        anonymous().get("/q/health").then().statusCode(200);
        anonymous().get("/q/health/live").then().statusCode(200);
        anonymous().get("/q/openapi").then().statusCode(200);
        anonymous().get("/q/swagger-ui/").then().statusCode(200);
        // Provider webhooks authenticate by signature, not by API key: an unsigned post is refused by the
        // webhook's own check (or not found), never with api_key.invalid.
        anonymous().contentType(ContentType.JSON).body("{}").post("/webhooks/sautikit/" + UUID.randomUUID())
                .then().body("code", org.hamcrest.Matchers.not(equalTo("api_key.invalid")));
    }

    @Test
    void metrics_need_an_inventory_admin_key_by_default() {
        anonymous().get("/q/metrics").then().statusCode(401);
        withKey(Keys.make(List.of("numbers:read")).key()).get("/q/metrics").then().statusCode(403);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void the_openapi_document_declares_the_bearer_key_on_every_v1_operation() {
        anonymous().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.api_key.scheme", equalTo("bearer"))
                .body("paths.'/v1/numbers'.get.security[0]", org.hamcrest.Matchers.hasKey("api_key"))
                .body("paths.'/v1/api-keys'.post.responses", org.hamcrest.Matchers.hasKey("401"));
    }

    @Test
    void the_bootstrap_admin_key_holds_every_scope() {
        given().queryParam("limit", 500).get("/v1/api-keys").then().statusCode(200)
                .body("data.find { it.key_prefix == '" + TestAuth.adminKey().substring(0, 12) + "' }.scopes",
                        equalTo(List.of("numbers:read", "numbers:write", "inventory:admin", "webhooks:admin",
                                "keys:admin")));
    }

    @Test
    void a_large_body_passes_the_key_check_intact() {
        // The key check is asynchronous; the body must still reach the resource whole.
        String pad = "x".repeat(600_000);
        String reader = Keys.make(List.of("numbers:read")).key();
        for (int i = 0; i < 3; i++) {
            withKey(reader).contentType(ContentType.JSON)
                    .body(Map.of("name", "big", "kind", "sautikit", "pad", pad))
                    .post("/v1/providers").then().statusCode(403);
            given().contentType(ContentType.JSON)
                    .body(Map.of("name", "big " + pad.length(), "kind", "sautikit", "pad", pad))
                    .post("/v1/providers").then().statusCode(201).body("name", equalTo("big 600000"));
        }
    }
}
