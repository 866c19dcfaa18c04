package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** api.md "Conventions": errors, request ids, media types, sizes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConventionsApiTest {

    @Test
    void every_response_carries_a_request_id_and_echoes_the_callers() {
        given().header("X-Request-Id", "abc-123").get("/v1/providers").then().statusCode(200)
                .header("X-Request-Id", "abc-123");
        given().get("/v1/providers").then().header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "trace-9").get("/v1/numbers/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("request_id", equalTo("trace-9")).header("X-Request-Id", "trace-9");
        given().get("/q/health").then().header("X-Request-Id", notNullValue());
    }

    @Test
    void unknown_routes_are_problem_json_not_found() {
        given().header("X-Request-Id", "r-404").get("/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not_found"))
                .body("request_id", equalTo("r-404"));
        given().get("/elsewhere").then().statusCode(404).body("code", equalTo("not_found"));
    }

    @Test
    void a_wrong_method_is_405() {
        given().put("/v1/providers").then().statusCode(405).contentType("application/problem+json")
                .body("code", equalTo("method_not_allowed"));
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        given().contentType(ContentType.TEXT).body("name=x").post("/v1/providers").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void malformed_json_is_a_bad_request() {
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/v1/providers").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation.bad_request"))
                .body("detail", not(containsString("Exception")));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "kind", "sautikit", "extra", 1))
                .post("/v1/providers").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"name\": [1,2], \"kind\": {}}")
                .post("/v1/providers").then().statusCode(400).body("code", equalTo("validation.bad_request"));
    }

    @Test
    void a_body_over_one_mebibyte_is_413() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\",\"kind\":\"sautikit\"}";
        given().contentType(ContentType.JSON).body(big).post("/v1/providers").then().statusCode(413);
    }

    @Test
    void problems_carry_type_title_status_detail_code_and_request_id() {
        given().get("/v1/providers/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("type", notNullValue()).body("title", equalTo("Not Found")).body("status", equalTo(404))
                .body("detail", notNullValue()).body("code", equalTo("provider.not_found"))
                .body("request_id", notNullValue());
    }

    @Test
    void openapi_and_swagger_ui_are_served() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/v1/numbers/{id}/provision'.post.summary", notNullValue())
                .body("paths.'/v1/series/{id}/numbers'.post", notNullValue())
                .body("paths.'/v1/numbers/{id}/provision'.post.parameters.find { it.name == 'Idempotency-Key' }.in",
                        equalTo("header"))
                .body("components.schemas.Number.properties.country_code", notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
