package com.numberinventory.bootstrap.api;

import com.numberinventory.bootstrap.support.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SmokeTest {

    @Test
    void health_is_up() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
