package com.numberinventory.bootstrap.robustness;

import com.numberinventory.bootstrap.support.Fixtures;
import com.numberinventory.bootstrap.support.Keys;
import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.numberinventory.bootstrap.support.TestAuth.withKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Malformed input gets a problem+json 4xx with a stable code, never a 5xx. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BadInputApiTest {

    private static final String PROBLEM = "application/problem+json";

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URI base;

    @Test
    void a_repeated_json_key_is_a_bad_request_naming_it() {
        given().contentType(ContentType.JSON).body("{\"kind\":\"sautikit\",\"name\":\"a\",\"name\":\"b\"}")
                .post("/v1/providers").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("validation.bad_request")).body("errors[0].field", equalTo("name"));
    }

    @Test
    void a_nul_in_a_string_field_is_a_bad_request_naming_the_field() {
        given().contentType(ContentType.JSON).body("{\"kind\":\"sautikit\",\"name\":\"a\\u0000b\"}")
                .post("/v1/providers").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("validation.bad_request")).body("errors[0].field", equalTo("name"));
        String series = Fixtures.series(Fixtures.provider("sautikit"), "P30D", true);
        given().contentType(ContentType.JSON).body("{\"name\":\"x\\u0000\"}").patch("/v1/series/" + series)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void a_nul_in_a_path_id_is_the_resources_not_found() {
        given().urlEncodingEnabled(false).get("/v1/campaigns/%00").then().statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("campaigns.not_found"));
        given().urlEncodingEnabled(false).get("/v1/numbers/%00").then().statusCode(404)
                .body("code", equalTo("numbers.not_found"));
        given().get("/v1/numbers/+254700000001").then().statusCode(404).body("code", equalTo("numbers.not_found"));
        given().get("/v1/series/not-a-uuid/numbers").then().statusCode(anyOf(equalTo(404), equalTo(405)));
        given().get("/v1/series/not-a-uuid").then().statusCode(404).body("code", equalTo("numbers.series_not_found"));
        given().get("/v1/providers/zz").then().statusCode(404).body("code", equalTo("provider.not_found"));
        given().get("/v1/rentals/zz").then().statusCode(404).body("code", equalTo("rentals.not_found"));
        given().get("/v1/api-keys/zz").then().statusCode(404).body("code", equalTo("api_key.not_found"));
        given().get("/v1/webhooks/zz").then().statusCode(404).body("code", equalTo("webhooks.not_found"));
        given().get("/v1/webhook-deliveries/zz").then().statusCode(404)
                .body("code", equalTo("webhooks.delivery_not_found"));
    }

    @Test
    void a_nul_in_a_query_value_is_a_bad_request_naming_the_parameter() {
        given().urlEncodingEnabled(false).get("/v1/numbers?status=a%00b").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("status"));
        given().urlEncodingEnabled(false).get("/v1/campaigns?cursor=%00").then().statusCode(400)
                .body("code", equalTo("validation.bad_request"));
    }

    @Test
    void a_null_capability_is_a_bad_request_naming_its_index() {
        given().contentType(ContentType.JSON)
                .body("{\"workspace_id\":\"" + UUID.randomUUID() + "\",\"capabilities\":[null]}")
                .post("/v1/numbers/provision").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("capabilities[0]"));
    }

    @Test
    void an_unparsable_content_type_is_415_with_or_without_an_idempotency_key() {
        byte[] body = "{\"kind\":\"sautikit\",\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        given().header("Content-Type", "json").header("Idempotency-Key", "k-" + UUID.randomUUID()).body(body)
                .post("/v1/providers").then().statusCode(415).contentType(PROBLEM)
                .body("code", equalTo("unsupported_media_type"));
        given().header("Content-Type", "json").body(body).post("/v1/providers").then().statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void a_time_beyond_the_calendar_is_a_bad_request_naming_the_parameter() {
        given().queryParam("from", "-999999999-01-01T00:00:00Z").get("/v1/rentals").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("from"));
        given().queryParam("to", "+999999999-12-31T23:59:59Z").get("/v1/rentals").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "k", "scopes", List.of("numbers:read"), "expires_at", "+99999-01-01T00:00:00Z"))
                .post("/v1/api-keys").then().statusCode(400).body("errors[0].field", equalTo("expires_at"));
    }

    @Test
    void a_very_long_request_line_is_a_problem_with_a_code() {
        given().queryParam("contains", "7".repeat(5000)).get("/v1/numbers").then()
                .statusCode(400).contentType(PROBLEM).body("code", equalTo("validation.bad_request"))
                .body("errors[0].field", equalTo("contains"));
    }

    @Test
    void a_streamed_body_over_the_limit_is_a_413_never_a_5xx() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        java.io.InputStream body = new java.io.InputStream() {
            private long left = 2L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, Math.min(left, chunk.length));
                System.arraycopy(chunk, 0, b, off, n);
                left -= n;
                return n;
            }
        };
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                java.net.http.HttpRequest.newBuilder(base.resolve("/v1/providers"))
                        .header("Authorization", "Bearer " + com.numberinventory.bootstrap.support.TestAuth.adminKey())
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        // Without a Content-Length the HTTP layer cuts the body and answers 413 itself, before any mapper can
        // write a problem (documented); with one, BodyLimit answers problem+json.
        assertEquals(413, r.statusCode(), r.body());
        given().contentType(ContentType.JSON).body(new byte[2 * 1024 * 1024]).post("/v1/providers").then()
                .statusCode(413).contentType(PROBLEM).body("code", equalTo("payload_too_large"));
    }

    @Test
    void another_workspaces_number_looks_exactly_like_a_number_not_in_the_inventory() {
        Fixtures.Stock stock = Fixtures.stock(1, "P30D");
        String id = Fixtures.numberId(stock.number(0));
        String w1 = UUID.randomUUID().toString();
        String w2 = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("workspace_id", w2))
                .post("/v1/numbers/" + id + "/provision").then().statusCode(200);
        String key = Keys.make(List.of("numbers:read"), w1, null).key();

        Response taken = withKey(key).header("X-Request-Id", "same").queryParam("e164", stock.number(0))
                .get("/v1/numbers/lookup");
        Response unknown = withKey(key).header("X-Request-Id", "same")
                .queryParam("e164", Fixtures.e164(Fixtures.freshBlock() + 9999)).get("/v1/numbers/lookup");
        assertEquals(404, taken.statusCode());
        assertEquals(unknown.statusCode(), taken.statusCode());
        assertEquals(unknown.contentType(), taken.contentType());
        assertEquals(unknown.asString(), taken.asString());
    }

    @Test
    void resume_needs_no_body_and_keeps_a_reason_when_given() throws Exception {
        Fixtures.Stock stock = Fixtures.stock(2, "P30D");
        String workspace = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            String id = Fixtures.numberId(stock.number(i));
            given().contentType(ContentType.JSON).body(Map.of("workspace_id", workspace))
                    .post("/v1/numbers/" + id + "/provision").then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("reason", "fraud check"))
                    .post("/v1/numbers/" + id + "/suspend").then().statusCode(200).body("suspended", equalTo(true));
        }
        String bare = Fixtures.numberId(stock.number(0));
        // Sent without any body or Content-Type (rest-assured would add a form type to a bare POST).
        java.net.http.HttpResponse<String> resumed = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                java.net.http.HttpRequest.newBuilder(base.resolve("/v1/numbers/" + bare + "/resume"))
                        .header("Authorization", "Bearer " + com.numberinventory.bootstrap.support.TestAuth.adminKey())
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resumed.statusCode(), resumed.body());
        given().get("/v1/numbers/" + bare).then().statusCode(200).body("suspended", equalTo(false));
        given().get("/v1/numbers/" + bare + "/events").then().statusCode(200)
                .body("data.find { it.kind == 'number.resumed' }.data.reason", nullValue());
        String reasoned = Fixtures.numberId(stock.number(1));
        given().contentType(ContentType.JSON).body(Map.of("reason", "cleared"))
                .post("/v1/numbers/" + reasoned + "/resume").then().statusCode(200).body("suspended", equalTo(false));
        given().get("/v1/numbers/" + reasoned + "/events").then().statusCode(200)
                .body("data.find { it.kind == 'number.resumed' }.data.reason", equalTo("cleared"));
    }
}
